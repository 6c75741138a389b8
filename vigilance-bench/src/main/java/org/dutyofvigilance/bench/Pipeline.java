package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.completeness.Completeness;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.Rulebook;

/**
 * The vigilance side of the pipeline benchmarks: what the library does between a chain file and its
 * results, through the public API a compliance team calls.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Everything: {@link Vigilance#read(Path)} (strict JSON into the model) and {@link Vigilance#assess}
     * with the shipped rulebook and default parameters (graph, structural check, scope, disclosure
     * completeness against all shipped regimes, indicators and the risk map).
     */
    public static Assessment run(Path file) {
        return Vigilance.assess(Vigilance.read(file));
    }

    /**
     * Issue 3's "checked against all shipped regimes": read, graph, structural check and disclosure
     * completeness against every shipped rule set (no indicators, no risk map).
     */
    public static CompletenessReport check(Path file) {
        ChainOfActivities chain = Vigilance.read(file);
        ChainGraph graph = ChainGraph.of(chain);
        List<Finding> structural = StructuralCheck.check(chain, graph);
        return Completeness.check(chain, graph, Rulebook.shipped(),
                CompletenessOptions.defaults().withStructuralFindings(structural));
    }
}
