package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.bench.baseline.PlainJson;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.completeness.Completeness;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.measure.Measures;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.Rulebook;

/**
 * Prints the time of each stage of the whole pipeline, run after run, beside the plain Jackson read of the
 * same file: {@code StageTimes <file> <runs>}. A quick look outside JMH while optimising; the figures in
 * {@code docs/performance.md} come from the JMH benchmarks.
 */
public final class StageTimes {
    private StageTimes() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object plain = PlainJson.read(file);
            long t1 = System.nanoTime();
            ChainOfActivities chain = ChainJson.read(file);
            long t2 = System.nanoTime();
            ChainGraph graph = ChainGraph.of(chain);
            long t3 = System.nanoTime();
            List<Finding> findings = StructuralCheck.check(chain, graph);
            long t4 = System.nanoTime();
            CompletenessReport report = Completeness.check(chain, graph, Rulebook.shipped(),
                    CompletenessOptions.defaults().withStructuralFindings(findings));
            long t5 = System.nanoTime();
            IndicatorReport indicators = Measures.measure(chain, graph, MeasureParameters.defaults());
            long t6 = System.nanoTime();
            System.out.printf("run %d: plain %d | read %d graph %d check %d completeness %d measure %d = %d ms (%.2fx)%n",
                    i, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(t6 - t1),
                    (t6 - t1) / (double) (t1 - t0));
            java.lang.ref.Reference.reachabilityFence(plain);
            java.lang.ref.Reference.reachabilityFence(report);
            java.lang.ref.Reference.reachabilityFence(indicators);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
