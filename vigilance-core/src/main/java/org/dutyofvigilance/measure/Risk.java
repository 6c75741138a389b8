package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.rules.Text;
import org.dutyofvigilance.model.ImpactCategory;

/**
 * One potential or actual adverse impact at one entity of the chain, scored and ranked for prioritisation
 * (CSDDD Art 9), with the indicators and incidents that drove it. Part of the {@link IndicatorReport}'s risk
 * map; the plan lists risks by {@link #rank()}.
 *
 * @param id            stable id, {@code RISK:entity:CATEGORY}
 * @param rank          1 for the highest priority; ties are broken by severity, actual before potential,
 *                      entity id and category
 * @param entity        id of the entity where the impact may occur or occurred
 * @param tier          the entity's tier (0 = own operations), or -1 when it is not connected
 * @param category      the Annex I category of the impact
 * @param occurrence    actual or potential
 * @param severity      scale, scope and irremediability
 * @param likelihood    likelihood score, 1 to the rules' maximum (the maximum for an actual impact)
 * @param priority      severity score × likelihood
 * @param drivers       ids of the indicators that raised the risk
 * @param context       ids of the other indicators of the same category at the entity (shown, not scored)
 * @param incidents     ids of the incidents that make it actual
 * @param justification why it is scored this way, in words
 * @param justificationFr the same in French, when given; {@link #justificationText()} falls back to English
 */
public record Risk(
        String id,
        int rank,
        String entity,
        int tier,
        ImpactCategory category,
        Occurrence occurrence,
        RiskSeverity severity,
        int likelihood,
        BigDecimal priority,
        List<String> drivers,
        List<String> context,
        List<String> incidents,
        String justification,
        Optional<String> justificationFr) {
    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(priority, "priority");
        drivers = drivers instanceof EntryIds ? drivers : List.copyOf(drivers);
        context = context instanceof EntryIds ? context : List.copyOf(context);
        incidents = List.copyOf(incidents);
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(justificationFr, "justificationFr");
    }

    /** A risk whose justification exists in English only. */
    public Risk(String id, int rank, String entity, int tier, ImpactCategory category, Occurrence occurrence,
            RiskSeverity severity, int likelihood, BigDecimal priority, List<String> drivers, List<String> context,
            List<String> incidents, String justification) {
        this(id, rank, entity, tier, category, occurrence, severity, likelihood, priority, drivers, context,
                incidents, justification, Optional.empty());
    }

    /** The justification in English and French (the English text again where no French wording exists). */
    public Text justificationText() {
        return new Text(justification, justificationFr.orElse(justification));
    }
}
