package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CertainRounding} answers only when the {@code double} decides the rounding: then its digits are those of
 * the exact quotient rounded half-even; on and near a half, near zero and beyond what a {@code double} carries, it
 * declines.
 */
class CertainRoundingTest {
    private static final MathContext EXACT = new MathContext(80, RoundingMode.HALF_EVEN);

    /** Random quotients a ÷ b − 1 in percent, as the wage gaps are made: decided ones equal the exact rounding. */
    @Test
    void decidedRoundingsAreTheExactOnes() {
        Random r = new Random(42);
        int decided = 0;
        int considered = 0;
        int total = 300_000;
        for (int i = 0; i < total; i++) {
            // pay and benchmarks of a few units to a few hundred thousand a month, within a factor of 10,000
            BigDecimal a = BigDecimal.valueOf(r.nextLong(1, 100_000_000L), r.nextInt(2, 5));
            BigDecimal b = BigDecimal.valueOf(r.nextLong(1, 100_000_000L), r.nextInt(2, 5));
            if (a.divide(b, EXACT).compareTo(BigDecimal.valueOf(10_000)) > 0
                    || b.divide(a, EXACT).compareTo(BigDecimal.valueOf(10_000)) > 0) {
                continue;
            }
            considered++;
            int scale = r.nextInt(0, 7);
            BigDecimal exact = a.divide(b, EXACT).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            double ratio = a.doubleValue() / b.doubleValue();
            double gap = (ratio - 1) * 100;
            double error = 100 * (Math.abs(ratio) + 1) * 8 * CertainRounding.ULP;
            long u = CertainRounding.unscaled(gap, error, scale);
            if (u != CertainRounding.UNCERTAIN) {
                decided++;
                BigDecimal want = exact.setScale(scale, RoundingMode.HALF_EVEN);
                assertEquals(want, BigDecimal.valueOf(u, scale), a + " / " + b + " at " + scale);
                assertEquals(exact.signum() < 0, gap < 0, a + " / " + b);
            }
        }
        assertTrue(considered > total / 2, "considered " + considered);
        assertTrue(decided > considered * 0.999, "decided " + decided + " of " + considered);
    }

    /** Exact halves of the last decimal kept, and values a hair beside them, are left to the decimals. */
    @Test
    void halvesAreNotDecided() {
        for (int scale = 0; scale <= 6; scale++) {
            for (long k = -50; k <= 50; k++) {
                double half = (k + 0.5) / Math.pow(10, scale);
                assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(half, 0, scale), half + "");
                double beside = Math.nextUp(half);
                assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(beside, Math.ulp(half), scale),
                        beside + "");
            }
        }
        // away from the half, the same values are decided
        assertEquals(12, CertainRounding.unscaled(0.1249, 1e-12, 2));
        assertEquals(13, CertainRounding.unscaled(0.1251, 1e-12, 2));
        assertEquals(-13, CertainRounding.unscaled(-0.1251, 1e-12, 2));
        // a larger error bound reaches the half, and the answer is withheld
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(0.1251, 1e-4, 2));
    }

    @Test
    void zeroLargeAndInvalidValuesAreNotDecided() {
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(0, 0, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(1e-300, 1e-300, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(1e12, 1e-3, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(Double.NaN, 0, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(Double.POSITIVE_INFINITY, 0, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(1.5, Double.NaN, 4));
        assertEquals(CertainRounding.UNCERTAIN, CertainRounding.unscaled(1.5, 0, 13));
        assertNull(CertainRounding.round(0, 0, 2));
        assertEquals(new BigDecimal("-87.50"), CertainRounding.round(-87.4999, 1e-9, 2));
        assertEquals(new BigDecimal("3"), CertainRounding.round(2.7, 1e-9, 0));
    }
}
