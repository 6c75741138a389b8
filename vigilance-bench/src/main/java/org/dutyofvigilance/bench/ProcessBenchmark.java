package org.dutyofvigilance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line as a whole process: {@code java -jar vigilance-cli/target/vigilance.jar validate
 * examples/chains/flagship.json} against a process that writes a one-page PDF with OpenPDF
 * ({@link OnePagePdf}). Both are started with {@link ProcessBuilder} from the same JDK with no JVM options;
 * each measured operation is one process from start to exit. Target: ≤ 2 × the baseline. {@link #launcher()}
 * runs the same command through the {@code ./vigilance} script the README gives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 30)
public class ProcessBenchmark {
    private String java;
    private Path cliJar;
    private Path flagship;
    private Path benchJar;
    private Path pdf;
    private Path launcher;

    /** Finds the JDK, the jars and the example. */
    @Setup
    public void locate() throws Exception {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cliJar = BenchFiles.existing("vigilance-cli/target/vigilance.jar");
        benchJar = BenchFiles.existing("vigilance-bench/target/benchmarks.jar");
        flagship = BenchFiles.existing("examples/chains/flagship.json");
        pdf = Files.createTempFile("one-page", ".pdf");
        launcher = BenchFiles.existing("vigilance");
        run(List.of(launcher.toString(), "validate", flagship.toString()), 0, 1);
    }

    /** Removes the PDF. */
    @TearDown
    public void clean() throws IOException {
        Files.deleteIfExists(pdf);
    }

    /** The CLI validating the flagship example. */
    @Benchmark
    public int vigilance() throws Exception {
        return run(List.of(java, "-jar", cliJar.toString(), "validate", flagship.toString()), 0, 1);
    }

    /**
     * The command line as the README runs it: the {@code ./vigilance} launcher script (bash, the JDK picker,
     * the staleness check of the jar, then {@code java} with the launcher's start-up options: a class-data-sharing
     * archive it creates on its first run, and for small input files the client compiler and the serial
     * collector), validating the flagship example. The archive is made by the setup's first run.
     */
    @Benchmark
    public int launcher() throws Exception {
        return run(List.of(launcher.toString(), "validate", flagship.toString()), 0, 1);
    }

    /** Baseline: a JVM writing a one-page PDF with OpenPDF. */
    @Benchmark
    public int baseline() throws Exception {
        return run(List.of(java, "-cp", benchJar.toString(), OnePagePdf.class.getName(), pdf.toString()), 0, 0);
    }

    private int run(List<String> command, int okLow, int okHigh) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the launcher runs the same JDK
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        if (code < okLow || code > okHigh) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return code;
    }
}
