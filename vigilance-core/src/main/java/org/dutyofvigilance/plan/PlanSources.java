package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * Everything a plan is assembled from: the chain, its graph, the structural findings and the input file,
 * plus the optional results of the later stages (scope, obligation findings, indicators, risk map, wage
 * ladder, rule-set versions).
 *
 * <p>Start with {@link #of} and add what the other stages produced with the {@code with…} methods; each
 * optional input, when present, adds its section or figure to the plan, and nothing is shown for an input
 * that is absent.
 *
 * @param chain              the chain of activities
 * @param graph              its graph
 * @param structuralFindings the structural check's findings
 * @param input              the input file (bytes and checksum)
 * @param ruleSets           regimes and rule-set versions checked (empty: the rulebook did not run)
 * @param scope              scope statements per regime (empty: no scope section)
 * @param obligationFindings obligation findings (empty Optional: completeness was not checked)
 * @param indicators         computed indicators (empty: none listed)
 * @param riskMap            the risk map (empty: no risk-mapping section)
 * @param wageLadder         the wage ladder figure in one currency (empty: not drawn)
 * @param extraAttachments   further associated files, e.g. the completeness or indicator report as JSON
 * @param overview           verdict, completeness and headline figures for the summary (empty: counts only)
 * @param passThroughShares  pass-through shares computed by the indicators, converted across currencies (empty:
 *                           the plan pairs same-currency rates and pay itself)
 * @param obligations        the obligations checked, with paraphrase and coverage (empty: not listed)
 * @param dataRequests       per-supplier data requests (empty: none listed)
 */
public record PlanSources(
        ChainOfActivities chain,
        ChainGraph graph,
        List<Finding> structuralFindings,
        InputDocument input,
        List<RuleSetVersion> ruleSets,
        List<ScopeStatement> scope,
        Optional<List<ObligationFinding>> obligationFindings,
        List<IndicatorLine> indicators,
        Optional<RiskMap> riskMap,
        Optional<Figure.WageLadder> wageLadder,
        List<Attachment> extraAttachments,
        Optional<Overview> overview,
        List<PassThroughShare> passThroughShares,
        List<DataRequestLine> dataRequests,
        List<ObligationSummary> obligations) {
    public PlanSources {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        dataRequests = dataRequests == null ? List.of() : List.copyOf(dataRequests);
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(input, "input");
        if (graph.chain() != chain) {
            throw new IllegalArgumentException("the graph was built from another chain");
        }
        structuralFindings = List.copyOf(structuralFindings);
        ruleSets = List.copyOf(ruleSets);
        scope = List.copyOf(scope);
        obligationFindings = obligationFindings.map(List::copyOf);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(riskMap, "riskMap");
        Objects.requireNonNull(wageLadder, "wageLadder");
        extraAttachments = List.copyOf(extraAttachments);
        Objects.requireNonNull(overview, "overview");
        passThroughShares = List.copyOf(passThroughShares);
    }

    /** The sources available today: chain, graph, structural findings and input file. */
    public static PlanSources of(ChainOfActivities chain, ChainGraph graph, List<Finding> structuralFindings,
            InputDocument input) {
        return new PlanSources(chain, graph, structuralFindings, input, List.of(), List.of(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), List.of());
    }

    /** With the obligations checked, each with its paraphrase and coverage, listed before the findings. */
    public PlanSources withObligations(List<ObligationSummary> value) {
        PlanSources s = this;
        return new PlanSources(s.chain, s.graph, s.structuralFindings, s.input, s.ruleSets, s.scope,
                s.obligationFindings, s.indicators, s.riskMap, s.wageLadder, s.extraAttachments, s.overview,
                s.passThroughShares, s.dataRequests, value);
    }

    /** With the per-supplier data requests, shown in the completeness section. */
    public PlanSources withDataRequests(List<DataRequestLine> value) {
        PlanSources s = this;
        return new PlanSources(s.chain, s.graph, s.structuralFindings, s.input, s.ruleSets, s.scope,
                s.obligationFindings, s.indicators, s.riskMap, s.wageLadder, s.extraAttachments, s.overview,
                s.passThroughShares, value, s.obligations);
    }

    /** With the regimes and rule-set versions the chain was checked against. */
    public PlanSources withRuleSets(List<RuleSetVersion> value) {
        return new PlanSources(chain, graph, structuralFindings, input, value, scope, obligationFindings,
                indicators, riskMap, wageLadder, extraAttachments, overview,
                passThroughShares, dataRequests, obligations);
    }

    /** With the scope statements. */
    public PlanSources withScope(List<ScopeStatement> value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, value, obligationFindings,
                indicators, riskMap, wageLadder, extraAttachments, overview,
                passThroughShares, dataRequests, obligations);
    }

    /** With the obligation (completeness) findings; an empty list means "checked, nothing missing". */
    public PlanSources withObligationFindings(List<ObligationFinding> value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, Optional.of(value),
                indicators, riskMap, wageLadder, extraAttachments, overview,
                passThroughShares, dataRequests, obligations);
    }

    /** With computed indicators. */
    public PlanSources withIndicators(List<IndicatorLine> value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                value, riskMap, wageLadder, extraAttachments, overview,
                passThroughShares, dataRequests, obligations);
    }

    /** With the risk map. */
    public PlanSources withRiskMap(RiskMap value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                indicators, Optional.of(value), wageLadder, extraAttachments, overview, passThroughShares, dataRequests, obligations);
    }

    /**
     * With one more associated file (relationship {@code Data}), e.g. the completeness report as JSON. The
     * caller answers for its content: in the public edition it must hold no confidential value.
     */
    public PlanSources withAttachment(Attachment value) {
        List<Attachment> all = new java.util.ArrayList<>(extraAttachments);
        all.add(value);
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                indicators, riskMap, wageLadder, all, overview, passThroughShares, dataRequests, obligations);
    }

    /** With the wage ladder, already normalised to one currency by the indicators. */
    public PlanSources withWageLadder(Figure.WageLadder value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                indicators, riskMap, Optional.of(value), extraAttachments, overview, passThroughShares, dataRequests, obligations);
    }

    /** With the verdict, completeness and headline figures the summary states first. */
    public PlanSources withOverview(Overview value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                indicators, riskMap, wageLadder, extraAttachments, Optional.of(value), passThroughShares, dataRequests, obligations);
    }

    /** With the pass-through shares the indicators computed (any currency, converted by the measure package). */
    public PlanSources withPassThroughShares(List<PassThroughShare> value) {
        return new PlanSources(chain, graph, structuralFindings, input, ruleSets, scope, obligationFindings,
                indicators, riskMap, wageLadder, extraAttachments, overview, value, dataRequests, obligations);
    }
}
