package org.dutyofvigilance.bench;

import java.nio.file.Path;
import org.dutyofvigilance.bench.baseline.PlainJson;

/**
 * Runs one side of the read benchmark in a loop and prints each run's time, for profiling outside JMH:
 * {@code PipelineLoop <file> <runs> [baseline]}. With {@code -XX:StartFlightRecording=filename=x.jfr,settings=profile}
 * the recording can be attributed to the pipeline's stages with {@code vigilance-bench/profile/jfr-stages.py}.
 */
public final class PipelineLoop {
    private PipelineLoop() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        boolean baseline = args.length > 2 && args[2].equals("baseline");
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object result = baseline ? PlainJson.read(file) : Pipeline.run(file);
            System.out.printf("run %d: %.0f ms%n", i, (System.nanoTime() - start) / 1e6);
            java.lang.ref.Reference.reachabilityFence(result);
        }
    }
}
