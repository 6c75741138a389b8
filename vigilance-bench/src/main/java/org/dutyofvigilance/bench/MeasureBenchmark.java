package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.bench.baseline.PlainChain;
import org.dutyofvigilance.bench.baseline.PlainJson;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.measure.Measures;
import org.dutyofvigilance.model.ChainOfActivities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's target: the indicators and the risk map of a chain ({@link Measures#measure(ChainOfActivities,
 * ChainGraph, MeasureParameters)} with the default parameters, on a chain and graph prepared in the setup)
 * within the time Jackson takes to read the chain's file into plain records ({@code baseline}, the same
 * file, in the same JVM, while the prepared chain is held in the heap by both sides). Target: ≤ 1 ×.
 *
 * <p>Eight warm-up iterations: at 1,000,000 nodes an iteration is a single operation, and with three the
 * vigilance side was still getting faster through the measured iterations (its first operation takes about four
 * times as long as the steady state: the indicator and risk-map code is compiled while both cores also run
 * the measurement and the collector), while the baseline's parser is already compiled by the setup's read.
 * The warm-up series is kept in {@code jmh.txt} and summarised in {@code docs/performance.md}. Ten measured
 * iterations rather than five: at 1,000,000 nodes single operations vary by ±30 % with the collector's timing,
 * and the verdict compares means, medians and minimums of both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
public class MeasureBenchmark {
    /** Size of the chain, in nodes. */
    @Param({"100000", "1000000"})
    public int nodes;

    private Path file;
    private ChainOfActivities chain;
    private ChainGraph graph;
    private final MeasureParameters parameters = MeasureParameters.defaults();

    /** Reads the chain and builds its graph once. */
    @Setup
    public void prepare() {
        file = BenchFiles.chain(nodes);
        chain = ChainJson.read(file);
        graph = ChainGraph.of(chain);
    }

    /** Indicators and risk map of the prepared chain. */
    @Benchmark
    public IndicatorReport vigilance() {
        return Measures.measure(chain, graph, parameters);
    }

    /** Baseline: Jackson reads the chain's file into plain records. */
    @Benchmark
    public PlainChain baseline() {
        return PlainJson.read(file);
    }
}
