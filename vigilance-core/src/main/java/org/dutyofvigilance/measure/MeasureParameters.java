package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the indicators and the risk map depend on besides the chain: conventions, thresholds with their
 * sources, the company's pay-ratio coefficient, the wage benchmarks and the risk-scoring rules. Start from
 * {@link #defaults()} and change what the company decides with the {@code with…} methods; every default is
 * listed in {@code docs/indicators.md}.
 *
 * @param conventions                   unit conventions and rounding
 * @param payRatioCoefficient           the highest-to-lowest pay coefficient the company commits to; empty
 *                                      (default) reports the ratio without judging it
 * @param minimumPassThroughPercent     share of the contracted worker-hour rate that must reach the worker;
 *                                      empty (default) reports the share without judging it
 * @param harmfulContentHoursPerDayLimit hours a day of exposure to harmful content (default 5, IWF)
 * @param maxHoursPerWeek               reasonable limit on weekly hours (default 48, ILO C001); also the
 *                                      upper bound of a worker's capacity when hours are not disclosed
 * @param minimumWorkingAge             minimum age for work (default 15, ILO C138)
 * @param hazardousWorkAge              minimum age for hazardous work, harmful content included (default 18, ILO C182)
 * @param equalPayTolerance             relative pay difference tolerated for the same task at the same entity (default 0.05)
 * @param headcountGapTolerance         relative gap tolerated between declared and estimated headcount (default 0.20)
 * @param mineralOverlapKm              distance under which a mine and data workers overlap (default 100 km)
 * @param maxPathsPerEntity             paths enumerated from the company to one entity (default 8)
 * @param maxPathIndicators             per-path indicators computed in the whole chain (default 100,000); the
 *                                      first path of every entity is measured before any second path
 * @param referenceWages                wage benchmarks (default {@link ReferenceWages#shipped()})
 * @param riskRules                     risk-map scoring rules (default {@link RiskRules#shipped()})
 */
public record MeasureParameters(
        Conventions conventions,
        Optional<BigDecimal> payRatioCoefficient,
        Optional<BigDecimal> minimumPassThroughPercent,
        BigDecimal harmfulContentHoursPerDayLimit,
        BigDecimal maxHoursPerWeek,
        int minimumWorkingAge,
        int hazardousWorkAge,
        BigDecimal equalPayTolerance,
        BigDecimal headcountGapTolerance,
        BigDecimal mineralOverlapKm,
        int maxPathsPerEntity,
        int maxPathIndicators,
        ReferenceWages referenceWages,
        RiskRules riskRules) {
    public MeasureParameters {
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(payRatioCoefficient, "payRatioCoefficient");
        Objects.requireNonNull(minimumPassThroughPercent, "minimumPassThroughPercent");
        Objects.requireNonNull(harmfulContentHoursPerDayLimit, "harmfulContentHoursPerDayLimit");
        Objects.requireNonNull(maxHoursPerWeek, "maxHoursPerWeek");
        Objects.requireNonNull(equalPayTolerance, "equalPayTolerance");
        Objects.requireNonNull(headcountGapTolerance, "headcountGapTolerance");
        Objects.requireNonNull(mineralOverlapKm, "mineralOverlapKm");
        Objects.requireNonNull(referenceWages, "referenceWages");
        Objects.requireNonNull(riskRules, "riskRules");
        if (maxPathsPerEntity < 1 || maxPathIndicators < 0) {
            throw new IllegalArgumentException("maxPathsPerEntity must be at least 1 and maxPathIndicators not negative");
        }
        if (maxHoursPerWeek.signum() <= 0) {
            throw new IllegalArgumentException("maxHoursPerWeek must be positive");
        }
    }

    /** The documented defaults. */
    public static MeasureParameters defaults() {
        return new MeasureParameters(Conventions.defaults(), Optional.empty(), Optional.empty(), BigDecimal.valueOf(5),
                BigDecimal.valueOf(48), 15, 18, new BigDecimal("0.05"), new BigDecimal("0.20"), BigDecimal.valueOf(100),
                8, 100_000, ReferenceWages.shipped(), RiskRules.shipped());
    }

    /** A copy with other conventions. */
    public MeasureParameters withConventions(Conventions c) {
        return new MeasureParameters(c, payRatioCoefficient, minimumPassThroughPercent, harmfulContentHoursPerDayLimit,
                maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance, headcountGapTolerance,
                mineralOverlapKm, maxPathsPerEntity, maxPathIndicators, referenceWages, riskRules);
    }

    /** A copy with the company's pay-ratio coefficient (e.g. 20: the highest pay at most 20 times the lowest). */
    public MeasureParameters withPayRatioCoefficient(BigDecimal coefficient) {
        return new MeasureParameters(conventions, Optional.of(coefficient), minimumPassThroughPercent,
                harmfulContentHoursPerDayLimit, maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance,
                headcountGapTolerance, mineralOverlapKm, maxPathsPerEntity, maxPathIndicators, referenceWages, riskRules);
    }

    /** A copy with a floor on the pass-through share, in percent. */
    public MeasureParameters withMinimumPassThroughPercent(BigDecimal percent) {
        return new MeasureParameters(conventions, payRatioCoefficient, Optional.of(percent),
                harmfulContentHoursPerDayLimit, maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance,
                headcountGapTolerance, mineralOverlapKm, maxPathsPerEntity, maxPathIndicators, referenceWages, riskRules);
    }

    /** A copy with other wage benchmarks. */
    public MeasureParameters withReferenceWages(ReferenceWages wages) {
        return new MeasureParameters(conventions, payRatioCoefficient, minimumPassThroughPercent,
                harmfulContentHoursPerDayLimit, maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance,
                headcountGapTolerance, mineralOverlapKm, maxPathsPerEntity, maxPathIndicators, wages, riskRules);
    }

    /** A copy with other risk-scoring rules. */
    public MeasureParameters withRiskRules(RiskRules rules) {
        return new MeasureParameters(conventions, payRatioCoefficient, minimumPassThroughPercent,
                harmfulContentHoursPerDayLimit, maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance,
                headcountGapTolerance, mineralOverlapKm, maxPathsPerEntity, maxPathIndicators, referenceWages, rules);
    }

    /** A copy with other path-enumeration limits. */
    public MeasureParameters withPathLimits(int perEntity, int total) {
        return new MeasureParameters(conventions, payRatioCoefficient, minimumPassThroughPercent,
                harmfulContentHoursPerDayLimit, maxHoursPerWeek, minimumWorkingAge, hazardousWorkAge, equalPayTolerance,
                headcountGapTolerance, mineralOverlapKm, perEntity, total, referenceWages, riskRules);
    }
}
