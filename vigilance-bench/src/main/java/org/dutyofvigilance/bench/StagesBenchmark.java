package org.dutyofvigilance.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.bench.baseline.PlainChain;
import org.dutyofvigilance.bench.baseline.PlainJson;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.completeness.Completeness;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.measure.Measures;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.StrictJson;
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
 * Where the time of {@link PipelineBenchmark#vigilance()} goes, stage by stage, each against the plain read
 * of the same file ({@code baseline}) in the same JVM. {@code strictParserPlainRecords} reads the plain
 * records with the library's strict mapper (the cost of strictness alone); {@code read} is
 * {@link ChainJson#read(Path)} (strictness plus the model's records, {@code Optional}s and list copies);
 * {@code graph}, {@code check}, {@code completeness} and {@code measure} run on a chain read once in setup;
 * {@code checkAgainstAllRegimes} is graph + structural check + completeness against every shipped rule set
 * on that chain (issue 3's check, the read left out).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class StagesBenchmark {
    /** Size of the chain, in nodes. */
    @Param({"100000"})
    public int nodes;

    private Path file;
    private ChainOfActivities chain;
    private ChainGraph graph;
    private java.util.List<org.dutyofvigilance.check.Finding> findings;
    private ObjectReader strictPlain;

    /** Reads the chain once for the stages that start from it. */
    @Setup
    public void prepare() {
        file = BenchFiles.chain(nodes);
        chain = ChainJson.read(file);
        graph = ChainGraph.of(chain);
        findings = StructuralCheck.check(chain, graph);
        strictPlain = StrictJson.mapper().readerFor(PlainChain.class);
    }

    /** The library's strict mapper reading plain records. */
    @Benchmark
    public PlainChain strictParserPlainRecords() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return strictPlain.readValue(in);
        }
    }

    /** Baseline: Jackson reads the file into plain records (as in {@link PipelineBenchmark#baseline()}). */
    @Benchmark
    public PlainChain baseline() {
        return PlainJson.read(file);
    }

    /**
     * Issue 3's check of a chain already read: graph, structural check and completeness against every shipped
     * rule set (what {@link PipelineBenchmark#checkAgainstAllRegimes()} does after the read).
     */
    @Benchmark
    public Object checkAgainstAllRegimes() {
        ChainGraph g = ChainGraph.of(chain);
        return Completeness.check(chain, g, Rulebook.shipped(),
                CompletenessOptions.defaults().withStructuralFindings(StructuralCheck.check(chain, g)));
    }

    /** {@link ChainJson#read(Path)} alone. */
    @Benchmark
    public ChainOfActivities read() {
        return ChainJson.read(file);
    }

    /** {@link ChainGraph#of} alone. */
    @Benchmark
    public ChainGraph graph() {
        return ChainGraph.of(chain);
    }

    /** {@link StructuralCheck#check(ChainOfActivities, ChainGraph)} alone (field constraints included). */
    @Benchmark
    public Object check() {
        return StructuralCheck.check(chain, graph);
    }

    /** {@link Completeness#check} against every shipped rule set, after the structural check. */
    @Benchmark
    public Object completeness() {
        return Completeness.check(chain, graph, Rulebook.shipped(), CompletenessOptions.defaults().withStructuralFindings(findings));
    }

    /** {@link Measures#measure(ChainOfActivities, ChainGraph, MeasureParameters)}: indicators and risk map. */
    @Benchmark
    public Object measure() {
        return Measures.measure(chain, graph, MeasureParameters.defaults());
    }
}
