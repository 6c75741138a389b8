package org.dutyofvigilance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigilance init [FILE]}: writes a commented starter chain file. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a commented starter chain file to fill in (default: chain.json).")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "chain.json", description = "Where to write it.")
    Path file;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("vigilance: " + file + " already exists; choose another name or add --force");
            return ExitCode.INVALID_INPUT;
        }
        byte[] starter;
        try (InputStream in = InitCommand.class.getResourceAsStream("starter-chain.json")) {
            starter = in.readAllBytes();
        }
        AtomicFiles.write(file, out -> out.write(starter));
        spec.commandLine().getErr().println("Wrote " + file + ". Fill it in, then run: vigilance validate " + file);
        return ExitCode.COMPLETE;
    }
}
