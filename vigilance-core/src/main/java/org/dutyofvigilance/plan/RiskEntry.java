package org.dutyofvigilance.plan;

import java.util.Objects;
import org.dutyofvigilance.model.ImpactCategory;

/**
 * One ranked risk of the risk map: an adverse impact at an entity, with its severity and likelihood levels
 * (1 = lowest).
 *
 * <p>Produced by the risk map (package {@code measure}) and passed in with {@link PlanSources#withRiskMap};
 * the plan draws the heat map and lists the risks from these entries only.
 *
 * @param id         stable id of the risk
 * @param entity     id of the entity (or segment) concerned
 * @param impact     the adverse impact
 * @param severity   severity level, 1..severityLevels
 * @param likelihood likelihood level, 1..likelihoodLevels
 * @param basis      what the ranking rests on (indicator values, incidents)
 */
public record RiskEntry(String id, String entity, ImpactCategory impact, int severity, int likelihood,
        PlanValue basis) {
    public RiskEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(basis, "basis");
        if (severity < 1 || likelihood < 1) {
            throw new IllegalArgumentException("levels start at 1");
        }
    }
}
