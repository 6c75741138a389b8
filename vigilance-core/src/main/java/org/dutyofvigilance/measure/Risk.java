package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dutyofvigilance.rules.Text;
import org.dutyofvigilance.model.ImpactCategory;

/**
 * One potential or actual adverse impact at one entity of the chain, scored and ranked for prioritisation
 * (CSDDD Art 9), with the indicators and incidents that drove it. Part of the {@link IndicatorReport}'s risk
 * map; the plan lists risks by {@link #rank()}.
 *
 * <ul>
 * <li>{@code id}: stable id, {@code RISK:entity:CATEGORY}
 * <li>{@code rank}: 1 for the highest priority; ties are broken by severity, actual before potential,
 *                      entity id and category
 * <li>{@code entity}: id of the entity where the impact may occur or occurred
 * <li>{@code tier}: the entity's tier (0 = own operations), or -1 when it is not connected
 * <li>{@code category}: the Annex I category of the impact
 * <li>{@code occurrence}: actual or potential
 * <li>{@code severity}: scale, scope and irremediability
 * <li>{@code likelihood}: likelihood score, 1 to the rules' maximum (the maximum for an actual impact)
 * <li>{@code priority}: severity score × likelihood
 * <li>{@code drivers}: ids of the indicators that raised the risk
 * <li>{@code context}: ids of the other indicators of the same category at the entity (shown, not scored)
 * <li>{@code incidents}: ids of the incidents that make it actual
 * <li>{@code justification}: why it is scored this way, in words
 * <li>{@code justificationFr}: the same in French, when given; {@link #justificationText()} falls back to English
 * </ul>
 *
 * <p>A value class with the accessors, constructors, {@code equals}, {@code hashCode} and {@code toString} of a
 * record; the risk map of a large chain words its justifications only when they are read.
 */
public final class Risk {
    private final String id;
    private final int rank;
    private final String entity;
    private final int tier;
    private final ImpactCategory category;
    private final Occurrence occurrence;
    private final RiskSeverity severity;
    private final int likelihood;
    private final BigDecimal priority;
    private final List<String> drivers;
    private final List<String> context;
    private final List<String> incidents;
    /** Builds {justification, justificationFr or null} when they were not given; null once built. */
    private Supplier<String[]> words;
    private String justification;
    private Optional<String> justificationFr;

    /** A risk with its justification in English and, optionally, French. */
    public Risk(String id, int rank, String entity, int tier, ImpactCategory category, Occurrence occurrence,
            RiskSeverity severity, int likelihood, BigDecimal priority, List<String> drivers, List<String> context,
            List<String> incidents, String justification, Optional<String> justificationFr) {
        this(id, rank, entity, tier, category, occurrence, severity, likelihood, priority, drivers, context,
                incidents, null, Objects.requireNonNull(justification, "justification"),
                Objects.requireNonNull(justificationFr, "justificationFr"));
    }

    /** A risk whose justification exists in English only. */
    public Risk(String id, int rank, String entity, int tier, ImpactCategory category, Occurrence occurrence,
            RiskSeverity severity, int likelihood, BigDecimal priority, List<String> drivers, List<String> context,
            List<String> incidents, String justification) {
        this(id, rank, entity, tier, category, occurrence, severity, likelihood, priority, drivers, context,
                incidents, justification, Optional.empty());
    }

    /** A risk whose justification is worded by {@code words} when first read. */
    Risk(String id, int rank, String entity, int tier, ImpactCategory category, Occurrence occurrence,
            RiskSeverity severity, int likelihood, BigDecimal priority, List<String> drivers, List<String> context,
            List<String> incidents, Supplier<String[]> words, String justification,
            Optional<String> justificationFr) {
        this.id = Objects.requireNonNull(id, "id");
        this.rank = rank;
        this.entity = Objects.requireNonNull(entity, "entity");
        this.tier = tier;
        this.category = Objects.requireNonNull(category, "category");
        this.occurrence = Objects.requireNonNull(occurrence, "occurrence");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.likelihood = likelihood;
        this.priority = Objects.requireNonNull(priority, "priority");
        this.drivers = drivers instanceof EntryIds ? drivers : List.copyOf(drivers);
        this.context = context instanceof EntryIds ? context : List.copyOf(context);
        this.incidents = List.copyOf(incidents);
        this.words = words;
        this.justification = justification;
        this.justificationFr = justificationFr;
    }

    private synchronized void word() {
        if (words != null) {
            String[] w = words.get();
            justification = Objects.requireNonNull(w[0], "justification");
            justificationFr = Optional.ofNullable(w[1]);
            words = null;
        }
    }

    /** Stable id, {@code RISK:entity:CATEGORY}. */
    public String id() {
        return id;
    }

    /** 1 for the highest priority. */
    public int rank() {
        return rank;
    }

    /** Id of the entity where the impact may occur or occurred. */
    public String entity() {
        return entity;
    }

    /** The entity's tier (0 = own operations), or -1 when it is not connected. */
    public int tier() {
        return tier;
    }

    /** The Annex I category of the impact. */
    public ImpactCategory category() {
        return category;
    }

    /** Actual or potential. */
    public Occurrence occurrence() {
        return occurrence;
    }

    /** Scale, scope and irremediability. */
    public RiskSeverity severity() {
        return severity;
    }

    /** Likelihood score. */
    public int likelihood() {
        return likelihood;
    }

    /** Severity score × likelihood. */
    public BigDecimal priority() {
        return priority;
    }

    /** Ids of the indicators that raised the risk. */
    public List<String> drivers() {
        return drivers;
    }

    /** Ids of the other indicators of the same category at the entity. */
    public List<String> context() {
        return context;
    }

    /** Ids of the incidents that make it actual. */
    public List<String> incidents() {
        return incidents;
    }

    /** Why it is scored this way, in words. */
    public String justification() {
        word();
        return justification;
    }

    /** The same in French, when given. */
    public Optional<String> justificationFr() {
        word();
        return justificationFr;
    }

    /** The justification in English and French (the English text again where no French wording exists). */
    public Text justificationText() {
        return new Text(justification(), justificationFr().orElse(justification()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Risk r && id.equals(r.id) && rank == r.rank && entity.equals(r.entity) && tier == r.tier
                && category == r.category && occurrence == r.occurrence && severity.equals(r.severity)
                && likelihood == r.likelihood && priority.equals(r.priority) && drivers.equals(r.drivers)
                && context.equals(r.context) && incidents.equals(r.incidents)
                && justification().equals(r.justification()) && justificationFr().equals(r.justificationFr());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, rank, entity, tier, category, occurrence, severity, likelihood, priority, drivers,
                context, incidents, justification(), justificationFr());
    }

    @Override
    public String toString() {
        return "Risk[id=" + id + ", rank=" + rank + ", entity=" + entity + ", tier=" + tier + ", category="
                + category + ", occurrence=" + occurrence + ", severity=" + severity + ", likelihood=" + likelihood
                + ", priority=" + priority + ", drivers=" + drivers + ", context=" + context + ", incidents="
                + incidents + ", justification=" + justification() + ", justificationFr=" + justificationFr() + "]";
    }
}
