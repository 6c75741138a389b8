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
 * each measured operation is one process from start to exit. Target: ≤ 2 × the baseline.
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
    private Path archive;

    /** Finds the JDK, the jars and the example. */
    @Setup
    public void locate() throws Exception {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cliJar = BenchFiles.existing("vigilance-cli/target/vigilance.jar");
        benchJar = BenchFiles.existing("vigilance-bench/target/benchmarks.jar");
        flagship = BenchFiles.existing("examples/chains/flagship.json");
        pdf = Files.createTempFile("one-page", ".pdf");
        archive = Files.createTempFile("vigilance-cds", ".jsa");
        Files.delete(archive);
        run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", cliJar.toString(), "validate",
                flagship.toString()), 0, 1);
    }

    /** Removes the PDF. */
    @TearDown
    public void clean() throws IOException {
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(archive);
    }

    /** The CLI validating the flagship example. */
    @Benchmark
    public int vigilance() throws Exception {
        return run(List.of(java, "-jar", cliJar.toString(), "validate", flagship.toString()), 0, 1);
    }

    /**
     * Diagnostic, not a target: the same CLI run with an application class-data-sharing archive made by one
     * earlier run ({@code -XX:ArchiveClassesAtExit}), to show what a launcher could gain on start-up.
     */
    @Benchmark
    public int vigilanceWithAppCds() throws Exception {
        return run(List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", cliJar.toString(), "validate",
                flagship.toString()), 0, 1);
    }

    /**
     * Diagnostic, not a target: the CLI with the AppCDS archive, C1 only ({@code -XX:TieredStopAtLevel=1}) and
     * the serial collector: start-up options a launcher script can pass for a short-lived command.
     */
    @Benchmark
    public int vigilanceWithAppCdsC1Serial() throws Exception {
        return run(List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", cliJar.toString(), "validate", flagship.toString()), 0, 1);
    }

    /** Baseline: a JVM writing a one-page PDF with OpenPDF. */
    @Benchmark
    public int baseline() throws Exception {
        return run(List.of(java, "-cp", benchJar.toString(), OnePagePdf.class.getName(), pdf.toString()), 0, 0);
    }

    private static int run(List<String> command, int okLow, int okHigh) throws Exception {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        if (code < okLow || code > okHigh) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return code;
    }
}
