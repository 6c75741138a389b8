package org.dutyofvigilance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
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
 * A 100,000-row annex (one row per node of the 100,000-node chain) written in a 512 MB heap. The baseline is
 * raw OpenPDF with the table flushed in chunks; the plan side (the annex rendered by {@code PdfRenderer}) is
 * to be added next to it, as described in {@link PdfBenchmark}. A fork that does not fit in the heap fails
 * with {@link OutOfMemoryError}; the peak heap is printed at the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PdfAnnexBenchmark {
    private List<RawPdfTables.Table> annex;

    /** Turns the 100,000-node chain into 100,000 rows, then lets the chain go. */
    @Setup(Level.Trial)
    public void prepare() {
        ChainOfActivities chain = ChainJson.read(BenchFiles.chain(100_000));
        List<String[]> rows = new ArrayList<>(100_000);
        chain.businessPartners().forEach(p -> rows.add(new String[] {p.id(), "entity", p.legalName(), p.country()}));
        chain.relationships().forEach(r -> rows.add(new String[] {r.id(), "relationship", r.customer() + " buys from "
                + r.supplier(), r.contractedRate().map(c -> c.amount().toPlainString() + " " + c.currency()).orElse("not disclosed")}));
        chain.workforceSegments().forEach(s -> rows.add(new String[] {s.id(), "workforce", s.name(), String.join(" ", s.countries())}));
        chain.grievanceMechanisms().forEach(g -> rows.add(new String[] {g.id(), "grievance mechanism", g.name(), g.operator()}));
        chain.incidents().forEach(i -> rows.add(new String[] {i.id(), "incident", i.description(), i.entity()}));
        chain.actions().forEach(a -> rows.add(new String[] {a.id(), "action", a.description(), a.target()}));
        chain.stakeholderConsultations().forEach(c -> rows.add(new String[] {c.id(), "consultation", c.name(), ""}));
        chain.monitoringIndicators().forEach(m -> rows.add(new String[] {m.id(), "indicator", m.name(), ""}));
        chain.evidence().forEach(e -> rows.add(new String[] {e.id(), "evidence", e.reference(), e.subject()}));
        annex = List.of(new RawPdfTables.Table("Annex: every node of the chain", new String[] {"id", "kind", "description", "about"}, rows));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Baseline: raw OpenPDF writes the 100,000-row annex. */
    @Benchmark
    public long baseline() {
        RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
        RawPdfTables.write(annex, out);
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
        System.out.printf("%n[annex] rows %,d; heap pools' peak sum %,d MB of max %,d MB%n", annex.get(0).rows().size(),
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
