package org.dutyofvigilance.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.rules.Text;

/**
 * One computed indicator, with everything needed to show how it was derived: its value, its status, the
 * formula in words, the inputs and the sources. Produced by {@link Measures#measure}; the risk map cites
 * indicators by {@link #id()}.
 *
 * <p>Ids are stable across runs: {@code CODE:subject}, e.g. {@code LIVING-WAGE-GAP:seg-ke:KE} or
 * {@code FAIRWORK-1.2:kazi-data}, so they can be stored and compared year on year.
 *
 * @param id        stable id
 * @param code      the kind of indicator, e.g. {@code PASS-THROUGH} (listed in {@code docs/indicators.md})
 * @param subject   id of the node it is about (a segment, an entity, a path of relationships, or {@code chain})
 * @param entity    id of the entity it belongs to in the risk map; empty for chain-wide indicators
 * @param value     the value, known or unknown with the reason
 * @param status    what it says
 * @param statement one sentence for a reader of the plan
 * @param formula   the formula, in words
 * @param inputs    the inputs, in order
 * @param sources   standards and evidence it relies on (URLs, evidence ids, reference-data ids)
 * @param statementFr the statement in French, when the measure package has a French wording for this kind of
 *                    indicator; {@link #statementText()} falls back to the English one otherwise
 */
public record Indicator(
        String id,
        String code,
        String subject,
        Optional<String> entity,
        Quantity value,
        IndicatorStatus status,
        String statement,
        String formula,
        List<Input> inputs,
        List<String> sources,
        Optional<String> statementFr) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(formula, "formula");
        inputs = List.copyOf(inputs);
        sources = List.copyOf(sources);
        Objects.requireNonNull(statementFr, "statementFr");
    }

    /** An indicator whose statement exists in English only. */
    public Indicator(String id, String code, String subject, Optional<String> entity, Quantity value,
            IndicatorStatus status, String statement, String formula, List<Input> inputs, List<String> sources) {
        this(id, code, subject, entity, value, status, statement, formula, inputs, sources, Optional.empty());
    }

    /** The statement in English and French (the English text again where no French wording exists yet). */
    public Text statementText() {
        return new Text(statement, statementFr.orElse(statement));
    }
}
