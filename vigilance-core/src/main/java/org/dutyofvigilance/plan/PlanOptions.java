package org.dutyofvigilance.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the assembler needs besides the chain: the edition and the date of the report.
 *
 * <p>The report date is stated by the caller, never read from the clock, so the same input gives the same
 * plan (and the same PDF bytes). Pass it to {@link PlanAssembler#assemble(PlanSources, PlanOptions)}.
 *
 * @param edition    public or internal
 * @param reportDate the date the plan is issued; printed on the cover and used as the document date
 */
public record PlanOptions(Edition edition, LocalDate reportDate) {
    public PlanOptions {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(reportDate, "reportDate");
    }
}
