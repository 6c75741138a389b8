package org.dutyofvigilance.plan;

import java.util.Objects;

/**
 * A regime and the version of the rule set the plan was checked against, e.g. {@code FR-VIG 2017-399 / 1.0}.
 *
 * <p>Supplied by the rulebook through {@link PlanSources#withRuleSets}; printed on the cover and in the annex.
 *
 * @param regime  the regime's id or name
 * @param version the rule set's version
 */
public record RuleSetVersion(String regime, String version) {
    public RuleSetVersion {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(version, "version");
    }
}
