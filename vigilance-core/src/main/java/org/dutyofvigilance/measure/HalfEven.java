package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Rounds a decimal to fewer decimals, half-even, with the same result as
 * {@code value.setScale(scale, RoundingMode.HALF_EVEN)} (same digits, same scale), faster for the values the
 * indicators produce: 34-digit quotients whose unscaled value does not fit in a {@code long}. The JDK divides
 * those by a power of ten of up to a hundred bits (a multi-word long division); here the unscaled value is
 * taken as a 128-bit number and divided by powers of ten below 2<sup>32</sup>, one 32-bit word at a time,
 * keeping what was dropped to decide the rounding. Anything else goes to {@code setScale}.
 */
final class HalfEven {
    private static final long MASK = 0xFFFF_FFFFL;
    /** Powers of ten below 2<sup>32</sup>: 10<sup>0</sup> to 10<sup>9</sup>. */
    private static final long[] TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    private HalfEven() {
    }

    /** {@code value.setScale(scale, RoundingMode.HALF_EVEN)}. */
    static BigDecimal round(BigDecimal value, int scale) {
        int drop = value.scale() - scale;
        if (drop <= 0 || drop > 38 || value.precision() <= 18) {
            return value.setScale(scale, RoundingMode.HALF_EVEN);
        }
        BigInteger unscaled = value.unscaledValue();
        int sign = unscaled.signum();
        BigInteger magnitude = sign < 0 ? unscaled.negate() : unscaled;
        if (magnitude.bitLength() > 128) {
            return value.setScale(scale, RoundingMode.HALF_EVEN);
        }
        long hi = magnitude.shiftRight(64).longValue();
        long lo = magnitude.longValue();
        // divide by 10^drop in steps of at most 10^9; the last step's remainder is the most significant part of
        // what is dropped, the earlier ones only tell whether anything below it is non-zero
        boolean lowerNonZero = false;
        long top = 0;
        int topDigits = 0;
        int left = drop;
        while (left > 0) {
            int digits = Math.min(9, left);
            long d = TEN[digits];
            // four 32-bit words, most significant first
            long w3 = hi >>> 32;
            long w2 = hi & MASK;
            long w1 = lo >>> 32;
            long w0 = lo & MASK;
            long q3 = w3 / d;
            long r = w3 % d;
            long cur = r << 32 | w2;
            long q2 = Long.divideUnsigned(cur, d);
            r = Long.remainderUnsigned(cur, d);
            cur = r << 32 | w1;
            long q1 = Long.divideUnsigned(cur, d);
            r = Long.remainderUnsigned(cur, d);
            cur = r << 32 | w0;
            long q0 = Long.divideUnsigned(cur, d);
            r = Long.remainderUnsigned(cur, d);
            hi = q3 << 32 | q2;
            lo = q1 << 32 | q0;
            if (left - digits > 0) {
                lowerNonZero |= r != 0;
            } else {
                top = r;
                topDigits = digits;
            }
            left -= digits;
        }
        if (hi != 0 || lo < 0) {
            return value.setScale(scale, RoundingMode.HALF_EVEN); // the result does not fit in a long
        }
        long half = 5 * TEN[topDigits - 1];
        boolean up = top > half || top == half && (lowerNonZero || (lo & 1) == 1);
        if (up) {
            if (lo == Long.MAX_VALUE) {
                return value.setScale(scale, RoundingMode.HALF_EVEN);
            }
            lo++;
        }
        return BigDecimal.valueOf(sign < 0 ? -lo : lo, scale);
    }
}
