package org.dutyofvigilance.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dutyofvigilance.graph.ChainGraph;
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
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** Whether any finding makes the chain unusable. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
