package org.dutyofvigilance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.completeness.Verdict;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.scope.ScopeAssessment;

/**
 * Everything the library concludes about one chain: the structural findings, the scope of each regime,
 * disclosure completeness obligation by obligation, and the indicators with the risk map.
 *
 * <p>Made by {@link Vigilance#assess}. When the structural check finds errors, the later stages do not run
 * (their results would rest on a broken graph): {@link #completeness()} and {@link #indicators()} are then
 * empty and the verdict is {@link Verdict#INVALID_INPUT}. Immutable and safe to share.
 *
 * @param chain              the chain assessed
 * @param graph              its graph
 * @param structuralFindings findings of the structural check
 * @param scope              which regimes apply, from when and why
 * @param completeness       disclosure completeness, when the chain is structurally valid
 * @param indicators         indicators and risk map, when the chain is structurally valid
 * @param parameters         the measurement parameters the indicators were computed with (the plan normalises
 *                           pay for its wage ladder with the same conventions)
 */
public record Assessment(
        ChainOfActivities chain,
        ChainGraph graph,
        List<Finding> structuralFindings,
        ScopeAssessment scope,
        Optional<CompletenessReport> completeness,
        Optional<IndicatorReport> indicators,
        MeasureParameters parameters) {
    public Assessment {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(graph, "graph");
        structuralFindings = List.copyOf(structuralFindings);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** An assessment measured with the default parameters. */
    public Assessment(ChainOfActivities chain, ChainGraph graph, List<Finding> structuralFindings,
            ScopeAssessment scope, Optional<CompletenessReport> completeness, Optional<IndicatorReport> indicators) {
        this(chain, graph, structuralFindings, scope, completeness, indicators, MeasureParameters.defaults());
    }

    /** Whether the chain passed the structural check (no {@code ERROR} finding). */
    public boolean structurallyValid() {
        return !StructuralCheck.hasErrors(structuralFindings);
    }

    /**
     * The overall verdict: invalid input when the structural check failed; otherwise incomplete when any
     * obligation finds a gap or the structural check left a warning, complete when nothing is missing.
     */
    public Verdict verdict() {
        if (!structurallyValid()) {
            return Verdict.INVALID_INPUT;
        }
        Verdict disclosure = completeness.map(CompletenessReport::verdict).orElse(Verdict.COMPLETE);
        if (disclosure == Verdict.COMPLETE && !structuralFindings.isEmpty()) {
            return Verdict.INCOMPLETE;
        }
        return disclosure;
    }
}
