package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One obligation checked, as the plan lists it before the detailed findings: its id, regime and article, what
 * it asks in one line (English and French, from the rule file), how many facts it applies to and how complete
 * their disclosure is.
 *
 * @param ruleId     stable id of the obligation, e.g. {@code CSDDD-2026-ART14-ACCESS}
 * @param regime     the regime, as a label
 * @param citation   the article
 * @param paraphrase what the obligation asks, never the legal text
 * @param applicable number of facts it applies to in this chain
 * @param gaps       how many of them are missing, partly disclosed or stale
 * @param percent    completeness of its disclosure, 0 to 100
 */
public record ObligationSummary(String ruleId, PlanValue regime, String citation, PlanValue paraphrase, int applicable,
        int gaps, BigDecimal percent) {
    public ObligationSummary {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(paraphrase, "paraphrase");
        Objects.requireNonNull(percent, "percent");
    }
}
