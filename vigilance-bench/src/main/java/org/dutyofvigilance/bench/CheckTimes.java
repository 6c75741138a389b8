package org.dutyofvigilance.bench;

import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.bench.baseline.PlainJson;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * Times the chain graph and the structural check of one chain read once, beside a plain Jackson read of the
 * same file, run after run, with the bytes each allocates (the thread's allocation counter, which does not
 * depend on the machine's load): {@code CheckTimes <file> <runs>}. The narrow companion of {@link StageTimes} for
 * work on the check (the later pipeline stages are left out, so a run takes a fraction of a second).
 */
public final class CheckTimes {
    private CheckTimes() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        ChainOfActivities chain = ChainJson.read(file);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            Object plain = PlainJson.read(file);
            long t1 = System.nanoTime();
            long a1 = threads.getCurrentThreadAllocatedBytes();
            ChainGraph graph = ChainGraph.of(chain);
            long t2 = System.nanoTime();
            long a2 = threads.getCurrentThreadAllocatedBytes();
            List<Finding> findings = StructuralCheck.check(chain, graph);
            long t3 = System.nanoTime();
            long a3 = threads.getCurrentThreadAllocatedBytes();
            System.out.printf("run %d: plain %.1f | graph %.1f check %.1f = %.1f ms (%.0f%% of plain), %d findings;"
                    + " allocated: plain %.1f MB, graph %.1f MB, check %.1f MB%n",
                    i, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t1), 100.0 * (t3 - t1) / (t1 - t0), findings.size(),
                    mb(a1 - a0), mb(a2 - a1), mb(a3 - a2));
            java.lang.ref.Reference.reachabilityFence(plain);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
