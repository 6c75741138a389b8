package org.dutyofvigilance.measure;

import java.math.BigDecimal;

/**
 * Rounds a value worked out in {@code double} to a few decimals, half-even, only when the result is certain to be
 * the one the exact decimal computation gives: the caller knows a bound on how far its {@code double} and the
 * decimal computation can each be from the exact value; when no rounding boundary (a half of the last decimal
 * kept) and no zero lies within that distance, both round to the same digits and have the same sign. Otherwise
 * (close to a half, close to zero, too large for a {@code double} to carry the decimals) the answer is
 * {@link #UNCERTAIN} and the caller computes in decimals.
 *
 * <p>Used where the decimal computation is the larger part of an indicator's cost and only its rounded value is
 * kept (the wage gaps of a chain of a million nodes: two 34-digit divisions per segment and benchmark). The
 * published digits never come from the {@code double} alone: they are the decimal result whenever the
 * {@code double} cannot decide it.
 */
final class CertainRounding {
    /** The answer when the rounding cannot be decided from the {@code double}. */
    static final long UNCERTAIN = Long.MIN_VALUE;
    /** One unit in the last place of 1.0, 2<sup>-52</sup>. */
    static final double ULP = Math.ulp(1.0);
    private static final double[] TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    /** Beyond this (2<sup>50</sup>) a {@code double} no longer carries fractions of the last decimal well. */
    private static final double LARGEST = 0x1p50;

    private CertainRounding() {
    }

    /**
     * The unscaled value of {@code value} rounded half-even to {@code scale} decimals, or {@link #UNCERTAIN}.
     *
     * @param value the value computed in {@code double}
     * @param error a bound on the distance from {@code value}, and from the decimal computation's unrounded result,
     *              to the exact value (each; the bound is taken twice)
     * @param scale decimals kept, 0 to 12
     */
    static long unscaled(double value, double error, int scale) {
        if (scale < 0 || scale >= TEN.length || !Double.isFinite(value) || !(error >= 0)) {
            return UNCERTAIN;
        }
        double x = value * TEN[scale];
        double ax = Math.abs(x);
        if (ax > LARGEST) {
            return UNCERTAIN;
        }
        // both errors, scaled, plus the scaling's own rounding, with room to spare
        double e = 4 * (2 * error * TEN[scale] + ax * ULP) + Double.MIN_NORMAL;
        if (ax <= e) {
            return UNCERTAIN; // the sign is not certain
        }
        double floor = Math.floor(x);
        double half = floor + 0.5;
        if (Math.abs(x - half) <= e) {
            return UNCERTAIN;
        }
        return (long) (x < half ? floor : floor + 1);
    }

    /** {@link #unscaled} as a decimal with {@code scale} decimals, or null when uncertain. */
    static BigDecimal round(double value, double error, int scale) {
        long u = unscaled(value, error, scale);
        return u == UNCERTAIN ? null : BigDecimal.valueOf(u, scale);
    }
}
