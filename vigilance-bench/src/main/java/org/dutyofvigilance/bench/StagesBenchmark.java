package org.dutyofvigilance.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.bench.baseline.PlainChain;
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
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
 * Diagnostic, not a target: where the time of {@link PipelineBenchmark#vigilance()} goes, stage by stage.
 * {@code strictParserPlainRecords} reads the plain records with the library's strict mapper (the cost of
 * strictness alone); {@code read} is {@link ChainJson#read(Path)} (strictness plus the model's records,
 * {@code Optional}s and list copies); {@code graph} and {@code check} run on a chain read once in setup;
 * {@code fieldConstraints} is Hibernate Validator configured as the structural check configures it.
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
    private Validator validator;

    /** Reads the chain once for the stages that start from it. */
    @Setup
    public void prepare() {
        file = BenchFiles.chain(nodes);
        chain = ChainJson.read(file);
        graph = ChainGraph.of(chain);
        findings = StructuralCheck.check(chain, graph);
        strictPlain = StrictJson.mapper().readerFor(PlainChain.class);
        validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    /** The library's strict mapper reading plain records. */
    @Benchmark
    public PlainChain strictParserPlainRecords() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return strictPlain.readValue(in);
        }
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

    /** Hibernate Validator over the chain, as {@code FieldConstraints} runs it. */
    @Benchmark
    public Object fieldConstraints() {
        return validator.validate(chain);
    }
}
