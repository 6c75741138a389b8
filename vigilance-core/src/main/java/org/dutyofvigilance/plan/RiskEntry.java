package org.dutyofvigilance.plan;

import java.util.List;
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
 * @param inputs     fact paths the ranking rests on; in the public edition the basis is withheld when one of
 *                   them is confidential
 * @param occurrence actual or potential (a label), or empty text when the source does not say
 */
public record RiskEntry(String id, String entity, ImpactCategory impact, int severity, int likelihood,
        PlanValue basis, List<String> inputs, PlanValue occurrence) {
    public RiskEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(basis, "basis");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(occurrence, "occurrence");
        if (severity < 1 || likelihood < 1) {
            throw new IllegalArgumentException("levels start at 1");
        }
    }

    /** A risk entry that does not say whether the impact is actual or potential. */
    public RiskEntry(String id, String entity, ImpactCategory impact, int severity, int likelihood, PlanValue basis,
            List<String> inputs) {
        this(id, entity, impact, severity, likelihood, basis, inputs, PlanValue.EMPTY);
    }
}
