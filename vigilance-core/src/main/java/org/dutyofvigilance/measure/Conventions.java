package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The conventions used to turn pay in one unit into another (per hour, month, year) and to round results.
 * Pass a modified copy in {@link MeasureParameters} to change them; every indicator lists the conventions it
 * used among its inputs.
 *
 * @param weeksPerYear         paid weeks in a year (default 52)
 * @param monthsPerYear        months in a year (default 12)
 * @param workingDaysPerWeek   working days in a week, for pay per day (default 5)
 * @param fallbackHoursPerWeek hours per week assumed when a segment does not disclose its hours; empty
 *                             (the default) makes every result that needs the hours unknown instead
 * @param mathContext          precision and rounding of intermediate computations (default 34 digits, half-even)
 * @param resultScale          decimals kept in published values (default 4, half-even)
 */
public record Conventions(
        BigDecimal weeksPerYear,
        BigDecimal monthsPerYear,
        BigDecimal workingDaysPerWeek,
        Optional<BigDecimal> fallbackHoursPerWeek,
        MathContext mathContext,
        int resultScale) {
    public Conventions {
        positive(weeksPerYear, "weeksPerYear");
        positive(monthsPerYear, "monthsPerYear");
        positive(workingDaysPerWeek, "workingDaysPerWeek");
        Objects.requireNonNull(fallbackHoursPerWeek, "fallbackHoursPerWeek");
        fallbackHoursPerWeek.ifPresent(h -> positive(h, "fallbackHoursPerWeek"));
        Objects.requireNonNull(mathContext, "mathContext");
        if (resultScale < 0 || resultScale > 12) {
            throw new IllegalArgumentException("resultScale must be between 0 and 12");
        }
    }

    /** The documented defaults: 52 weeks, 12 months, 5 days a week, no assumed hours, 34 digits, 4 decimals. */
    public static Conventions defaults() {
        return new Conventions(BigDecimal.valueOf(52), BigDecimal.valueOf(12), BigDecimal.valueOf(5), Optional.empty(),
                new MathContext(34, RoundingMode.HALF_EVEN), 4);
    }

    /** A copy that assumes these weekly hours when a segment does not disclose its own. */
    public Conventions withFallbackHoursPerWeek(BigDecimal hours) {
        return new Conventions(weeksPerYear, monthsPerYear, workingDaysPerWeek, Optional.of(hours), mathContext,
                resultScale);
    }

    /** Rounds a published value to {@link #resultScale()} decimals, half-even. */
    public BigDecimal round(BigDecimal value) {
        return HalfEven.round(value, resultScale);
    }

    private static void positive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
