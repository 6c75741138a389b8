package org.dutyofvigilance.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the cover page of the plan states: who reports, for which period, against which rule sets, in which
 * edition, and the checksum of the input file the plan was made from.
 *
 * <p>Built by {@link PlanAssembler}; the renderer adds the language.
 *
 * @param company        the reporting company's name (or withheld)
 * @param country        its country code
 * @param periodStart    first day of the reporting period
 * @param periodEnd      last day of the reporting period
 * @param reportDate     date of issue
 * @param edition        public or internal
 * @param reportCurrency currency of the report
 * @param formatVersion  version of the chain format read
 * @param inputFileName  name of the input file
 * @param inputSha256    SHA-256 of the input file
 * @param ruleSets       the regimes and rule-set versions checked, when the rulebook ran
 */
public record Cover(PlanValue company, String country, LocalDate periodStart, LocalDate periodEnd,
        LocalDate reportDate, Edition edition, String reportCurrency, String formatVersion, String inputFileName,
        String inputSha256, List<RuleSetVersion> ruleSets) {
    public Cover {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(reportCurrency, "reportCurrency");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(inputFileName, "inputFileName");
        Objects.requireNonNull(inputSha256, "inputSha256");
        ruleSets = List.copyOf(ruleSets);
    }
}
