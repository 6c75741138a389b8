package org.dutyofvigilance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.pdf.PdfRenderer;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.Cover;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.SectionKind;
import org.dutyofvigilance.plan.VigilancePlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100,000-row annex (one row per node of the 100,000-node chain: id, kind, description, what it concerns)
 * written in a 512 MB heap, by raw OpenPDF and by {@code PdfRenderer}. A fork that does not fit in the heap
 * fails with {@link OutOfMemoryError}; the peak heap is printed at the end of the trial.
 *
 * <p>What is measured. Both sides read their rows from the chain, which the setup reads and keeps: each row
 * is made when it is written and let go once its chunk of the table is on the page, so neither side ever
 * holds all rows' cells. The <b>baseline</b> is raw OpenPDF ({@link RawPdfTables#writeEmbedded}): the rows in
 * one table flushed every {@value RawPdfTables#CHUNK} rows, portrait A4, Liberation Sans embedded as the plan
 * embeds it, no PDF/A. The <b>vigilance</b> side renders, with {@code PdfRenderer}, a plan made of the cover
 * and an annex section holding the same rows as one {@link Block.Table#streamed streamed table}: PDF/A-3B,
 * cover, table of contents, running header, "page X of Y" footers, outline, column widths fitted to the
 * words. It is not the full plan of the 100,000-node chain: assessing that chain (indicators, completeness)
 * and assembling its plan do not fit in 512 MB today, and are measured by the read benchmarks; the full plan
 * of a 10,000-node chain is {@link PdfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PdfAnnexBenchmark {
    private static final String[] KINDS = {"entity", "relationship", "workforce", "grievance mechanism", "incident",
        "action", "consultation", "indicator", "evidence"};

    private ChainOfActivities chain;
    private int[] offsets;
    private List<RawPdfTables.Table> annex;
    private VigilancePlan plan;
    private final RenderOptions options = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);

    /** Reads the 100,000-node chain and sets up both sides' views of its rows (nothing is computed yet). */
    @Setup(Level.Trial)
    public void prepare() throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(BenchFiles.chain(100_000));
        chain = ChainJson.read(new java.io.ByteArrayInputStream(bytes), "chain-100000.json");
        InputDocument input = InputDocument.of("chain-100000.json", bytes);
        bytes = null;
        int[] sizes = {chain.businessPartners().size(), chain.relationships().size(), chain.workforceSegments().size(),
            chain.grievanceMechanisms().size(), chain.incidents().size(), chain.actions().size(),
            chain.stakeholderConsultations().size(), chain.monitoringIndicators().size(), chain.evidence().size()};
        offsets = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            offsets[i + 1] = offsets[i] + sizes[i];
        }
        int rows = offsets[sizes.length];
        List<String[]> rawRows = new AbstractList<>() {
            @Override
            public String[] get(int index) {
                return row(index);
            }

            @Override
            public int size() {
                return rows;
            }
        };
        annex = List.of(new RawPdfTables.Table("Annex: every node of the chain",
                new String[] {"Id", "Kind", "Description", "Concerns"}, rawRows, new int[] {3, 2, 8, 4}));
        ReportingCompany company = chain.reportingCompany();
        Cover cover = new Cover(PlanValue.text(company.name()), company.country(), chain.reportingPeriod().start(),
                chain.reportingPeriod().end(), chain.reportingPeriod().end().plusMonths(3), Edition.INTERNAL,
                chain.reportCurrency(), chain.formatVersion(), input.fileName(), input.sha256(), List.of());
        Block.Table table = Block.Table.streamed(List.of("col.id", "col.kind", "col.description", "col.concerns"),
                List.of(3, 2, 8, 4), rows, i -> {
                    String[] r = row(i);
                    return List.of(PlanValue.text(r[0]), PlanValue.text(r[1]), PlanValue.text(r[2]),
                            PlanValue.text(r[3]));
                });
        plan = new VigilancePlan(cover, List.of(new Section(SectionKind.ANNEX, List.of(table))), List.of());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The row of the node at this index, made from the chain. */
    private String[] row(int index) {
        int kind = 0;
        while (index >= offsets[kind + 1]) {
            kind++;
        }
        int i = index - offsets[kind];
        return switch (kind) {
            case 0 -> {
                var p = chain.businessPartners().get(i);
                yield new String[] {p.id(), KINDS[kind], p.legalName(), p.country()};
            }
            case 1 -> {
                var r = chain.relationships().get(i);
                yield new String[] {r.id(), KINDS[kind], r.customer() + " buys from " + r.supplier(), r.contractedRate()
                        .map(c -> c.amount().toPlainString() + " " + c.currency()).orElse("not disclosed")};
            }
            case 2 -> {
                var s = chain.workforceSegments().get(i);
                yield new String[] {s.id(), KINDS[kind], s.name(), String.join(" ", s.countries())};
            }
            case 3 -> {
                var g = chain.grievanceMechanisms().get(i);
                yield new String[] {g.id(), KINDS[kind], g.name(), g.operator()};
            }
            case 4 -> {
                var x = chain.incidents().get(i);
                yield new String[] {x.id(), KINDS[kind], x.description(), x.entity()};
            }
            case 5 -> {
                var a = chain.actions().get(i);
                yield new String[] {a.id(), KINDS[kind], a.description(), a.target()};
            }
            case 6 -> {
                var c = chain.stakeholderConsultations().get(i);
                yield new String[] {c.id(), KINDS[kind], c.name(), ""};
            }
            case 7 -> {
                var m = chain.monitoringIndicators().get(i);
                yield new String[] {m.id(), KINDS[kind], m.name(), ""};
            }
            default -> {
                var e = chain.evidence().get(i);
                yield new String[] {e.id(), KINDS[kind], e.reference(), e.subject()};
            }
        };
    }

    /** Baseline: raw OpenPDF writes the 100,000-row annex in the plan's embedded font. */
    @Benchmark
    public long baseline() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        RawPdfTables.writeEmbedded(annex, out);
        return out.count();
    }

    /** The same rows as the annex of a plan, rendered by {@code PdfRenderer} (PDF/A-3B). */
    @Benchmark
    public long vigilance() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        PdfRenderer.render(plan, options, out);
        return out.count();
    }

    /** Prints the sum of the heap pools' peaks (an upper bound of the peak heap) during the measurement. */
    @TearDown(Level.Trial)
    public void report() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n[annex] rows %,d; heap pools' peak sum %,d MB of max %,d MB%n", offsets[offsets.length - 1],
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
