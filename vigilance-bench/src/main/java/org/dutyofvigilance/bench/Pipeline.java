package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The vigilance side of the read benchmark: everything the library does between a chain file and its
 * results. Today: read (strict JSON), build the graph, structural check.
 *
 * <p><b>Plug-in point:</b> when completeness, indicators and the risk map land in core, call them in
 * {@link #run(Path)} after the structural check, from the same {@code chain} and {@code graph}, and add what
 * they return to {@link Result} so that the benchmark consumes it (JMH's dead-code elimination must not drop
 * the work). Nothing else in the benchmarks has to change.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** What the pipeline produced; returned to JMH so that none of it is optimised away. */
    public record Result(ChainOfActivities chain, ChainGraph graph, List<Finding> findings) {
    }

    /** Reads, checks (and later measures) one chain file. */
    public static Result run(Path file) {
        ChainOfActivities chain = ChainJson.read(file);
        ChainGraph graph = ChainGraph.of(chain);
        List<Finding> findings = StructuralCheck.check(chain, graph);
        // PLUG-IN: completeness (rulebook × nodes), indicators, risk map — from chain and graph — go here.
        return new Result(chain, graph, findings);
    }
}
