package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.ChainOfActivities;

/** Dates: the reporting period runs forwards, and no date lies outside the years 1900 to 2100. */
final class DateRules {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private DateRules() {
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        String root = chain.reportingCompany().entityId();
        var period = chain.reportingPeriod();
        date(out, "$", "reportingPeriod.start", Optional.of(period.start()));
        date(out, "$", "reportingPeriod.end", Optional.of(period.end()));
        if (period.start().isAfter(period.end())) {
            out.add(new Finding("STRUCT-DATE-RANGE", Severity.ERROR, "$", "reportingPeriod",
                    "the reporting period starts (" + period.start() + ") after it ends (" + period.end() + "); swap the dates"));
        }
        chain.reportingCompany().policy().ifPresent(p -> {
            date(out, root, "reportingCompany.policy.adopted", p.adopted());
            date(out, root, "reportingCompany.policy.lastReviewed", p.lastReviewed());
        });
        chain.reportingCompany().publication().ifPresent(p -> date(out, root, "reportingCompany.publication.published", p.published()));
        chain.exchangeRates().forEach(r -> date(out, "exchangeRates[" + r.from() + "->" + r.to() + "]", "date", Optional.of(r.date())));
        chain.businessPartners().forEach(p -> {
            date(out, p.id(), "relationshipSince", p.relationshipSince());
            p.assessment().ifPresent(a -> date(out, p.id(), "assessment.date", a.date()));
            p.practices().ifPresent(a -> date(out, p.id(), "practices.transparencyNoticeDate", a.transparencyNoticeDate()));
        });
        chain.relationships().forEach(r -> date(out, r.id(), "since", r.since()));
        chain.incidents().forEach(i -> date(out, i.id(), "date", i.date()));
        chain.actions().forEach(a -> date(out, a.id(), "due", a.due()));
        chain.stakeholderConsultations().forEach(c -> date(out, c.id(), "date", c.date()));
        chain.evidence().forEach(e -> date(out, e.id(), "date", Optional.of(e.date())));
    }

    private static void date(List<Finding> out, String node, String field, Optional<LocalDate> value) {
        value.ifPresent(d -> {
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                out.add(new Finding("STRUCT-DATE-RANGE", Severity.ERROR, node, field,
                        field + " is " + d + ", outside the years " + FIRST_YEAR + " to " + LAST_YEAR
                                + "; correct it, or leave the field out when the date is not known"));
            }
        });
    }
}
