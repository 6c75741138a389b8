package org.dutyofvigilance.completeness;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.scope.ScopeAssessment;

/**
 * The result of {@link Completeness#check}: the verdict, every finding, coverage per obligation, per tier and
 * overall, the rule sets checked and the scope they were chosen from. Immutable; export it with
 * {@link CompletenessJson} or turn it into supplier questions with {@link DataRequests#from}.
 *
 * @param reportingCompany the reporting company's entity id
 * @param asOf             the date ages were measured at
 * @param verdict          the overall verdict
 * @param ruleSets         the rule sets checked, in rulebook order
 * @param scope            the scope assessment
 * @param findings         the findings, in rule-set, obligation, node and fact order
 * @param byObligation     coverage per obligation id (sorted by id)
 * @param byTier           coverage per tier of the node's entity ({@code -1}: not connected to the company)
 * @param overall          coverage of the whole chain
 */
public record CompletenessReport(String reportingCompany, LocalDate asOf, Verdict verdict, List<RuleSet> ruleSets,
        ScopeAssessment scope, List<DisclosureFinding> findings, Map<String, Coverage> byObligation,
        Map<Integer, Coverage> byTier, Coverage overall) {
    public CompletenessReport {
        Objects.requireNonNull(reportingCompany, "reportingCompany");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(verdict, "verdict");
        ruleSets = List.copyOf(ruleSets);
        Objects.requireNonNull(scope, "scope");
        findings = List.copyOf(findings);
        byObligation = Collections.unmodifiableMap(new TreeMap<>(byObligation));
        byTier = Collections.unmodifiableMap(new TreeMap<>(byTier));
        Objects.requireNonNull(overall, "overall");
    }

    /** The findings that ask for more information (missing, partly disclosed, stale). */
    public List<DisclosureFinding> gaps() {
        return findings.stream().filter(f -> f.status().gap()).toList();
    }
}
