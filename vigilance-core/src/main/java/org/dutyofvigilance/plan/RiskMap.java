package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * The ranked risks of the chain on a severity × likelihood grid (French measure 1; CSDDD Art 8-9).
 *
 * <p>An input of the plan: the measure package computes it and the integrator passes it with
 * {@link PlanSources#withRiskMap}. Without it the plan has no risk-mapping section.
 *
 * @param severityLevels   number of severity levels
 * @param likelihoodLevels number of likelihood levels
 * @param method           how the levels were set, for the annex
 * @param risks            the risks
 */
public record RiskMap(int severityLevels, int likelihoodLevels, PlanValue method, List<RiskEntry> risks) {
    public RiskMap {
        Objects.requireNonNull(method, "method");
        risks = List.copyOf(risks);
        if (severityLevels < 2 || likelihoodLevels < 2 || severityLevels > 10 || likelihoodLevels > 10) {
            throw new IllegalArgumentException("2 to 10 levels per axis");
        }
        for (RiskEntry r : risks) {
            if (r.severity() > severityLevels || r.likelihood() > likelihoodLevels) {
                throw new IllegalArgumentException("risk " + r.id() + " is off the grid");
            }
        }
    }
}
