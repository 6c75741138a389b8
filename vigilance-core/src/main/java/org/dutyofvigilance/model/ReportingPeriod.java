package org.dutyofvigilance.model;

import java.time.LocalDate;

/**
 * The financial year a vigilance plan reports on.
 *
 * @param start first day of the period
 * @param end   last day of the period (the balance-sheet date)
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {
    public ReportingPeriod {
        Values.required(start, "reportingPeriod.start");
        Values.required(end, "reportingPeriod.end");
    }

    /** The calendar year in which the period ends, used as the plan's year. */
    public int year() {
        return end.getYear();
    }
}
