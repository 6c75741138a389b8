package org.dutyofvigilance.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.scope.ScopeAssessment;

/**
 * The result of {@link Completeness#check}: the verdict, every finding, coverage per obligation, per tier and
 * overall, the rule sets checked and the scope they were chosen from. Immutable and thread-safe; export it
 * with {@link CompletenessJson} or turn it into supplier questions with {@link DataRequests#from}.
 *
 * <p>Findings are kept compactly (a large chain gives millions); {@link #findings()} is a read-only view
 * whose elements are made when read.
 */
public final class CompletenessReport {
    private final String reportingCompany;
    private final LocalDate asOf;
    private final Verdict verdict;
    private final List<RuleSet> ruleSets;
    private final ScopeAssessment scope;
    private final FindingTable table;
    private final List<DisclosureFinding> findings;
    private final Map<String, Coverage> byObligation;
    private final Map<Integer, Coverage> byTier;
    private final Coverage overall;
    private final ChainGraph graph;

    CompletenessReport(String reportingCompany, LocalDate asOf, Verdict verdict, List<RuleSet> ruleSets,
            ScopeAssessment scope, FindingTable table, Map<String, Coverage> byObligation,
            Map<Integer, Coverage> byTier, Coverage overall, ChainGraph graph) {
        this.reportingCompany = Objects.requireNonNull(reportingCompany, "reportingCompany");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.ruleSets = List.copyOf(ruleSets);
        this.scope = Objects.requireNonNull(scope, "scope");
        this.table = table;
        this.findings = table.view();
        this.byObligation = Collections.unmodifiableMap(new TreeMap<>(byObligation));
        this.byTier = Collections.unmodifiableMap(new TreeMap<>(byTier));
        this.overall = Objects.requireNonNull(overall, "overall");
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** The reporting company's entity id. */
    public String reportingCompany() {
        return reportingCompany;
    }

    /** The date ages were measured at. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The overall verdict. */
    public Verdict verdict() {
        return verdict;
    }

    /** The rule sets checked, in rulebook order. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /** The scope assessment the rule sets were chosen from. */
    public ScopeAssessment scope() {
        return scope;
    }

    /** Every finding, node by node (node kind, chain order), then rule set, obligation and fact (a read-only view). */
    public List<DisclosureFinding> findings() {
        return findings;
    }

    /** The findings that ask for more information (missing, partly disclosed, stale). */
    public List<DisclosureFinding> gaps() {
        List<DisclosureFinding> out = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            if (table.status(i).gap()) {
                out.add(table.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Coverage per obligation id (sorted by id). */
    public Map<String, Coverage> byObligation() {
        return byObligation;
    }

    /** Coverage per tier of the node's entity, {@code -1} for entities not connected to the company. */
    public Map<Integer, Coverage> byTier() {
        return byTier;
    }

    /** Coverage of the whole chain. */
    public Coverage overall() {
        return overall;
    }

    FindingTable table() {
        return table;
    }

    /** The graph of the chain that was checked (reused by {@link DataRequests}). */
    ChainGraph graph() {
        return graph;
    }
}
