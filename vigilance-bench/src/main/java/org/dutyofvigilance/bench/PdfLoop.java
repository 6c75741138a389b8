package org.dutyofvigilance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.pdf.PdfRenderer;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.VigilancePlan;

/**
 * Renders the internal-edition plan PDF of a chain in a loop and prints each run's wall and thread CPU time
 * beside the raw-OpenPDF baseline of {@link PdfBenchmark} (the plan's rows in the plan's embedded font), for
 * profiling outside JMH and for comparing on a loaded machine (CPU time resists interference better than
 * wall time): {@code PdfLoop <chain.json> <runs> [out.pdf]}. With {@code -Dvariants=1} it also prints the
 * cost of compressing each attached file at zlib levels 1, 3, 6 and 9, and each run's CPU time and
 * allocation for the plan without its attachments, the whole plan and the baseline.
 */
public final class PdfLoop {
    private PdfLoop() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        byte[] bytes = Files.readAllBytes(file);
        ChainOfActivities chain = ChainJson.read(new java.io.ByteArrayInputStream(bytes), file.getFileName().toString());
        VigilancePlan plan = Vigilance.plan(Vigilance.assess(chain), InputDocument.of(file.getFileName().toString(), bytes),
                Edition.INTERNAL);
        RenderOptions options = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);
        long rows = 0;
        for (Section s : plan.sections()) {
            long r = rows(s.blocks());
            System.out.printf("section %s: %,d table rows%n", s.kind(), r);
            rows += r;
        }
        System.out.printf("plan table rows: %,d%n", rows);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<RawPdfTables.Table> tables = RawPdfTables.planTables(plan);
        System.out.printf("baseline rows: %,d in %d tables%n", tables.stream().mapToLong(t -> t.rows().size()).sum(),
                tables.size());
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            RawPdfTables.CountingStream out = new RawPdfTables.CountingStream();
            PdfRenderer.render(plan, options, out);
            long mid = System.nanoTime();
            long cpuMid = cpu.getCurrentThreadCpuTime();
            RawPdfTables.CountingStream raw = new RawPdfTables.CountingStream();
            RawPdfTables.writeEmbedded(tables, raw);
            long end = System.nanoTime();
            long cpuEnd = cpu.getCurrentThreadCpuTime();
            System.out.printf("run %d: plan %.0f ms, cpu %.0f ms (%,d bytes); raw %.0f ms, cpu %.0f ms (%,d bytes); "
                    + "cpu ratio %.2f%n", i, (mid - start) / 1e6, (cpuMid - cpuStart) / 1e6, out.count(),
                    (end - mid) / 1e6, (cpuEnd - cpuMid) / 1e6, raw.count(),
                    (double) (cpuMid - cpuStart) / (cpuEnd - cpuMid));
        }
        if (System.getProperty("variants") != null) {
            for (org.dutyofvigilance.plan.Attachment a : plan.attachments()) {
                byte[] content = a.content();
                for (int level : new int[] {1, 3, 6, 9}) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    java.util.zip.Deflater d = new java.util.zip.Deflater(level);
                    d.setInput(content);
                    d.finish();
                    byte[] buf = new byte[1 << 16];
                    long n = 0;
                    while (!d.finished()) {
                        n += d.deflate(buf);
                    }
                    d.end();
                    System.out.printf("attachment %s %,d bytes: level %d -> %,d bytes, cpu %.0f ms%n", a.fileName(),
                            content.length, level, n, (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
            VigilancePlan bare = new VigilancePlan(plan.cover(), plan.sections(), List.of());
            com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) cpu;
            long me = Thread.currentThread().threadId();
            for (int i = 0; i < runs; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long a0 = alloc.getThreadAllocatedBytes(me);
                PdfRenderer.render(bare, options, new RawPdfTables.CountingStream());
                long c1 = cpu.getCurrentThreadCpuTime();
                long a1 = alloc.getThreadAllocatedBytes(me);
                PdfRenderer.render(plan, options, new RawPdfTables.CountingStream());
                long c2 = cpu.getCurrentThreadCpuTime();
                long a2 = alloc.getThreadAllocatedBytes(me);
                RawPdfTables.writeEmbedded(tables, new RawPdfTables.CountingStream());
                long c3 = cpu.getCurrentThreadCpuTime();
                long a3 = alloc.getThreadAllocatedBytes(me);
                System.out.printf("no attachments cpu %.0f ms, %,d MB allocated; full cpu %.0f ms, %,d MB; raw cpu %.0f ms,"
                        + " %,d MB%n", (c1 - c0) / 1e6, (a1 - a0) >> 20, (c2 - c1) / 1e6, (a2 - a1) >> 20,
                        (c3 - c2) / 1e6, (a3 - a2) >> 20);
            }
        }
        if (args.length > 2) {
            Files.write(Path.of(args[2]), PdfRenderer.render(plan, options));
        }
    }

    private static long rows(List<Block> blocks) {
        long n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Table t) {
                n += t.rows().size();
            } else if (b instanceof Block.SubSection s) {
                n += 1 + rows(s.blocks());
            } else if (b instanceof Block.Facts f) {
                n += f.facts().size();
            }
        }
        return n;
    }
}
