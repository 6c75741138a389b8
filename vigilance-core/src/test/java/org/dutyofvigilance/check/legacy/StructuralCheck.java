package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The structural check of a chain that could be read: field ranges (Hibernate Validator) and the rules of
 * the graph (unique ids, resolvable references, one reporting company at the root, no loop, ISO codes,
 * exchange rates for every currency used, plausible dates).
 *
 * <p>Problems are returned as {@link Finding}s, sorted by node, field and rule, never thrown. A chain with
 * at least one {@link Severity#ERROR} finding is invalid input. A pure function of its input; thread-safe.
 */
public final class StructuralCheck {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::nodeId)
            .thenComparing(Finding::field).thenComparing(Finding::rule).thenComparing(Finding::message);

    /** Most findings listed for one rule; the rest are counted in one summary finding. */
    public static final int MAX_FINDINGS_PER_RULE = 1_000;

    private StructuralCheck() {
    }

    /** Checks the chain and returns its findings in a stable order (empty when the chain is sound). */
    public static List<Finding> check(ChainOfActivities chain) {
        return check(chain, ChainGraph.of(chain));
    }

    /** Checks the chain, reusing a graph already built for it. */
    public static List<Finding> check(ChainOfActivities chain, ChainGraph graph) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(FieldConstraints.check(chain));
        IdentityRules.check(chain, findings);
        ReferenceRules.check(chain, graph, findings);
        CodeRules.check(chain, findings);
        DateRules.check(chain, findings);
        ConfidentialityRules.check(chain, findings);
        PlausibilityRules.check(chain, findings);
        findings.sort(ORDER);
        return capped(findings);
    }

    /**
     * At most {@link #MAX_FINDINGS_PER_RULE} findings per rule, then one that counts the rest: a million
     * unconnected partners give a readable report, not a million lines.
     */
    private static List<Finding> capped(List<Finding> sorted) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : sorted) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        if (counts.values().stream().allMatch(c -> c <= MAX_FINDINGS_PER_RULE)) {
            return List.copyOf(sorted);
        }
        Map<String, Integer> kept = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        Map<String, Finding> firstOmitted = new TreeMap<>();
        for (Finding f : sorted) {
            int n = kept.merge(f.rule(), 1, Integer::sum);
            if (n <= MAX_FINDINGS_PER_RULE) {
                out.add(f);
            } else {
                firstOmitted.putIfAbsent(f.rule(), f);
            }
        }
        firstOmitted.forEach((rule, f) -> out.add(new Finding(rule, f.severity(), "$", "",
                (counts.get(rule) - MAX_FINDINGS_PER_RULE) + " more " + rule + " findings are not listed (the first "
                        + MAX_FINDINGS_PER_RULE + " are); fix those and check again")));
        return List.copyOf(out);
    }

    /** Whether any finding makes the chain unusable. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
