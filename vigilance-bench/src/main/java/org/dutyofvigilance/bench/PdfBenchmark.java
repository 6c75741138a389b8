package org.dutyofvigilance.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.pdf.PdfRenderer;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.VigilancePlan;
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
 * ({@link RawPdfTables}). Target: the plan within 1.5 × the raw rows.
 *
 * <p>The plan side renders the whole internal-edition plan (PDF/A-3B, fonts, outline, two layout passes,
 * charts, every section and the annex tables) from a plan assembled in {@link #prepare()}: assessing the chain
 * and assembling the plan are measured by the read benchmarks, not here.
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

    private VigilancePlan plan;
    private final RenderOptions options = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);

    /** Reads the 10,000-node chain, assesses it, assembles its plan and prepares the rows the annex shows. */
    @Setup
    public void prepare() throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(BenchFiles.chain(10_000));
        chain = ChainJson.read(new java.io.ByteArrayInputStream(bytes), "chain-10000.json");
        tables = RawPdfTables.chainTables(chain);
        plan = Vigilance.plan(Vigilance.assess(chain), InputDocument.of("chain-10000.json", bytes), Edition.INTERNAL);
    }

    /** The vigilance plan of the same chain, rendered by {@code PdfRenderer}. */
    @Benchmark
    public long vigilance() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        PdfRenderer.render(plan, options, out);
        return out.count();
    }

    /** Baseline: OpenPDF writes the entity and workforce tables of the chain, flushed in chunks. */
    @Benchmark
    public long baseline() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        RawPdfTables.write(tables, out);
        return out.count();
    }
}
