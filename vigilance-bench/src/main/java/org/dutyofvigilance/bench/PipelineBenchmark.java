package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.bench.baseline.PlainChain;
import org.dutyofvigilance.bench.baseline.PlainJson;
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
 * The library's whole pipeline on a chain file ({@link Pipeline}) against its baseline, Jackson reading the
 * same file into {@linkplain PlainChain plain records}, at 10,000, 100,000 and 1,000,000 nodes in a 2 GB heap.
 * <ul>
 * <li>{@code vigilance}: read, structural check, completeness, indicators and risk map ({@link Pipeline#run}).
 * Target (issue 7): ≤ 1.5 × baseline, and 10 × the nodes ≤ 11 × the time.</li>
 * <li>{@code checkAgainstAllRegimes}: read, structural check and completeness against every shipped rule set
 * ({@link Pipeline#check}). Target (issue 3, at 100,000 nodes): ≤ 2 × baseline.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class PipelineBenchmark {
    /** Size of the chain, in nodes. */
    @Param({"10000", "100000", "1000000"})
    public int nodes;

    private Path file;

    /** Locates (or generates) the chain file. */
    @Setup
    public void locate() {
        file = BenchFiles.chain(nodes);
    }

    /** The library: strict read, graph, structural check, completeness, indicators, risk map. */
    @Benchmark
    public Object vigilance() {
        return Pipeline.run(file);
    }

    /** The library: strict read, graph, structural check, completeness against every shipped regime. */
    @Benchmark
    public Object checkAgainstAllRegimes() {
        return Pipeline.check(file);
    }

    /** Baseline: Jackson reads the same file into plain records, nothing else. */
    @Benchmark
    public PlainChain baseline() {
        return PlainJson.read(file);
    }
}
