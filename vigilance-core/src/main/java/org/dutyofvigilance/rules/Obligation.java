package org.dutyofvigilance.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One obligation of a rule set: a stable id, the article it rests on, a paraphrase in English and French,
 * the nodes it applies to, and the facts it needs disclosed for each. Read from rule files by
 * {@link Rulebook}; completeness tests every applicable obligation against every node it applies to.
 *
 * @param id            stable id, e.g. {@code CSDDD-2024-ART14-ACCESS}; unique in the rulebook
 * @param ruleSetId     id of the rule set (the regime version) it belongs to
 * @param regime        the regime
 * @param citation      the article, following the regime's citation grammar, e.g. {@code Art. 14(1)}
 * @param title         a short title
 * @param paraphrase    a one-line paraphrase of the duty (never the legal text)
 * @param appliesTo     which nodes it applies to
 * @param requiredFacts the facts it needs disclosed
 * @param severity      how much an undisclosed fact weighs
 * @param status        its legal standing ({@link LegalStatus#DELETED} obligations are never checked)
 * @param note          what is uncertain or assumed, when anything is
 * @param sources       keys of the rule set's sources it rests on
 */
public record Obligation(String id, String ruleSetId, Regime regime, String citation, Text title, Text paraphrase,
        Applicability appliesTo, List<RequiredFact> requiredFacts, Severity severity, LegalStatus status,
        Optional<Text> note, List<String> sources) {
    public Obligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(paraphrase, "paraphrase");
        Objects.requireNonNull(appliesTo, "appliesTo");
        requiredFacts = List.copyOf(requiredFacts);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }

    /** Decides whether the obligation applies to a node (shape first, then the fact conditions). */
    public Applicability.Result applicability(FactNode node, ChainFacts facts) {
        if (!appliesTo.matchesShape(node)) {
            return new Applicability.Result(Truth.FALSE, List.of());
        }
        return appliesTo.test(node, facts);
    }
}
