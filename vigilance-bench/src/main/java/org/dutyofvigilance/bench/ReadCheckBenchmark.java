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
 * Reading and checking a chain file ({@link Pipeline}) against its baseline, Jackson reading the same file
 * into {@linkplain PlainChain plain records}, at 10,000, 100,000 and 1,000,000 nodes in a 2 GB heap.
 * Targets: vigilance ≤ 1.5 × baseline; 10 × the nodes ≤ 11 × the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class ReadCheckBenchmark {
    /** Size of the chain, in nodes. */
    @Param({"10000", "100000", "1000000"})
    public int nodes;

    private Path file;

    /** Locates (or generates) the chain file. */
    @Setup
    public void locate() {
        file = BenchFiles.chain(nodes);
    }

    /** The library: strict read, graph, structural check (later: completeness, indicators, risk map). */
    @Benchmark
    public Pipeline.Result vigilance() {
        return Pipeline.run(file);
    }

    /** Baseline: Jackson reads the same file into plain records, nothing else. */
    @Benchmark
    public PlainChain baseline() {
        return PlainJson.read(file);
    }
}
