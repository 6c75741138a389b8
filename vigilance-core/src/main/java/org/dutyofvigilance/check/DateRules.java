package org.dutyofvigilance.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.StakeholderConsultation;

/** Dates: the reporting period runs forwards, and no date lies outside the years 1900 to 2100. */
final class DateRules {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private DateRules() {
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        String root = chain.reportingCompany().entityId();
        var period = chain.reportingPeriod();
        date(out, "$", "reportingPeriod.start", period.start());
        date(out, "$", "reportingPeriod.end", period.end());
        if (period.start().isAfter(period.end())) {
            out.add(new Finding("STRUCT-DATE-RANGE", Severity.ERROR, "$", "reportingPeriod",
                    "the reporting period starts (" + period.start() + ") after it ends (" + period.end() + "); swap the dates"));
        }
        if (chain.reportingCompany().policy().isPresent()) {
            var p = chain.reportingCompany().policy().get();
            date(out, root, "reportingCompany.policy.adopted", p.adopted());
            date(out, root, "reportingCompany.policy.lastReviewed", p.lastReviewed());
        }
        if (chain.reportingCompany().publication().isPresent()) {
            date(out, root, "reportingCompany.publication.published", chain.reportingCompany().publication().get().published());
        }
        for (ExchangeRate r : chain.exchangeRates()) {
            if (outside(r.date())) {
                report(out, "exchangeRates[" + r.from() + "->" + r.to() + "]", "date", r.date());
            }
        }
        for (BusinessPartner p : chain.businessPartners()) {
            date(out, p.id(), "relationshipSince", p.relationshipSince());
            if (p.assessment().isPresent()) {
                date(out, p.id(), "assessment.date", p.assessment().get().date());
            }
            if (p.practices().isPresent()) {
                date(out, p.id(), "practices.transparencyNoticeDate", p.practices().get().transparencyNoticeDate());
            }
        }
        for (BusinessRelationship r : chain.relationships()) {
            date(out, r.id(), "since", r.since());
        }
        for (Incident i : chain.incidents()) {
            date(out, i.id(), "date", i.date());
        }
        for (var a : chain.actions()) {
            date(out, a.id(), "due", a.due());
        }
        for (StakeholderConsultation c : chain.stakeholderConsultations()) {
            date(out, c.id(), "date", c.date());
        }
        for (Evidence e : chain.evidence()) {
            date(out, e.id(), "date", e.date());
        }
    }

    private static boolean outside(LocalDate d) {
        return d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR;
    }

    private static void date(List<Finding> out, String node, String field, Optional<LocalDate> value) {
        if (value.isPresent()) {
            date(out, node, field, value.get());
        }
    }

    private static void date(List<Finding> out, String node, String field, LocalDate d) {
        if (outside(d)) {
            report(out, node, field, d);
        }
    }

    private static void report(List<Finding> out, String node, String field, LocalDate d) {
        out.add(new Finding("STRUCT-DATE-RANGE", Severity.ERROR, node, field,
                field + " is " + d + ", outside the years " + FIRST_YEAR + " to " + LAST_YEAR
                        + "; correct it, or leave the field out when the date is not known"));
    }
}
