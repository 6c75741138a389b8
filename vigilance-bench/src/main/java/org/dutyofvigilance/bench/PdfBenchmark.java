package org.dutyofvigilance.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The vigilance-plan PDF of a 10,000-node chain against raw OpenPDF writing the same rows
 * ({@link RawPdfTables}). Target: to be set with the PDF engineer once the plan side exists.
 *
 * <p><b>Plug-in point for the plan side</b> (from {@code vigilance-pdf}'s {@code PdfRenderer}): add, next to
 * {@link #baseline()}, a method
 * <pre>{@code
 * @Benchmark
 * public long vigilance() {
 *     RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
 *     // plan assembled from `chain` (in @Setup if plan assembly is not part of the figure, here if it is)
 *     PdfRenderer.render(plan, options, out);
 *     return out.count();
 * }
 * }</pre>
 * so that both are measured in the same run and {@code Ratios} pairs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class PdfBenchmark {
    /** The chain the plan is about (for the plan side). */
    public ChainOfActivities chain;
    private List<RawPdfTables.Table> tables;

    /** Reads the 10,000-node chain and prepares the rows the annex shows. */
    @Setup
    public void prepare() {
        chain = ChainJson.read(BenchFiles.chain(10_000));
        tables = RawPdfTables.chainTables(chain);
    }

    /** Baseline: OpenPDF writes the entity and workforce tables of the chain, flushed in chunks. */
    @Benchmark
    public long baseline() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        RawPdfTables.write(tables, out);
        return out.count();
    }
}
