package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast half-even rounding gives exactly what {@code setScale} gives: the same digits and the same scale. */
class HalfEvenTest {

    private static void same(BigDecimal v, int scale) {
        assertEquals(v.setScale(scale, RoundingMode.HALF_EVEN), HalfEven.round(v, scale), v + " to " + scale);
    }

    @Test
    void randomValuesOfEverySizeAndScale() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(130), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal v = new BigDecimal(unscaled, random.nextInt(50) - 5);
            same(v, random.nextInt(13));
        }
    }

    @Test
    void quotientsLikeTheIndicatorsMake() {
        Random random = new Random(7);
        MathContext mc = new MathContext(34, RoundingMode.HALF_EVEN);
        for (int i = 0; i < 100_000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
            BigDecimal b = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4));
            same(a.divide(b, mc), 4);
            same(a.divide(b, mc).negate(), 4);
        }
    }

    @Test
    void tiesGoToTheEvenNeighbourAndAnythingAboveHalfGoesUp() {
        for (int drop = 1; drop <= 38; drop++) {
            BigInteger unit = BigInteger.TEN.pow(drop);
            BigInteger half = unit.divide(BigInteger.TWO);
            for (long q : new long[] {0, 1, 2, 7, 8, 123_456_789_012L, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
                BigInteger base = BigInteger.valueOf(q).multiply(unit);
                for (BigInteger u : new BigInteger[] {base, base.add(half), base.add(half).subtract(BigInteger.ONE),
                    base.add(half).add(BigInteger.ONE), base.add(unit).subtract(BigInteger.ONE)}) {
                    same(new BigDecimal(u, drop + 4), 4);
                    same(new BigDecimal(u.negate(), drop + 4), 4);
                }
            }
        }
    }
}
