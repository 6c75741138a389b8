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
 * The vigilance-plan PDF of a 10,000-node chain against raw OpenPDF writing the same rows. Target: the plan
 * within 1.5 × the raw rows.
 *
 * <p>The <b>vigilance</b> side renders the whole internal-edition plan with {@code PdfRenderer} (PDF/A-3B,
 * cover, table of contents, outline, running header and "page X of Y" footers, figures, every section, the
 * attached JSON files) from a plan assembled in {@link #prepare()}: assessing the chain and assembling the plan
 * are measured by the read benchmarks, not here.
 *
 * <p>The <b>baseline</b> writes the same rows with raw OpenPDF ({@link RawPdfTables#planTables} then
 * {@link RawPdfTables#writeEmbedded}): every row of every table of that plan and every line of its lists of
 * facts, as text formatted like the plan's, in the font the plan embeds because PDF/A requires embedded fonts
 * (Liberation Sans as an Identity-H subset) and in the plan's cell style, tables flushed in chunks. It writes
 * no title, paragraph, figure, header, footer, outline, PDF/A metadata or attachment: the difference between
 * the two sides is what the plan adds around its rows. (Until November 2026 the baseline wrote 5,021 entity
 * and workforce rows in Helvetica, which is not embedded: a seventh of the plan's rows in a font that costs
 * nothing to measure, so not the same work.)
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

    /** Reads the 10,000-node chain, assesses it, assembles its plan and turns the plan's rows into text. */
    @Setup
    public void prepare() throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(BenchFiles.chain(10_000));
        chain = ChainJson.read(new java.io.ByteArrayInputStream(bytes), "chain-10000.json");
        plan = Vigilance.plan(Vigilance.assess(chain), InputDocument.of("chain-10000.json", bytes), Edition.INTERNAL);
        tables = RawPdfTables.planTables(plan);
    }

    /** The vigilance plan of the same chain, rendered by {@code PdfRenderer}. */
    @Benchmark
    public long vigilance() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        PdfRenderer.render(plan, options, out);
        return out.count();
    }

    /** Baseline: raw OpenPDF writes the plan's rows in the plan's embedded font, tables flushed in chunks. */
    @Benchmark
    public long baseline() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        RawPdfTables.writeEmbedded(tables, out);
        return out.count();
    }
}
