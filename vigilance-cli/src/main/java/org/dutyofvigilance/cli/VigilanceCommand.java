package org.dutyofvigilance.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigilance} command: checks chains of activities and renders vigilance plans. The only place
 * in the project that prints to the console or exits the process.
 */
@Command(name = "vigilance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks the human chain behind AI against due-diligence law and renders the annual vigilance plan.",
        subcommands = {ValidateCommand.class, RenderCommand.class, ScopeCommand.class, IndicatorsCommand.class,
                RequestsCommand.class, SchemaCommand.class, InitCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  valid and complete", "  1  valid, with findings (gaps, warnings)",
                "  2  invalid input: unreadable or malformed file, structural errors,",
                "     bad rule file or bad options",
                "  3  internal error (a bug, or the disk or memory ran out)"})
public final class VigilanceCommand implements Runnable {
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'vigilance validate chain.json'");
    }

    /** Builds the command line with the project's error handling; used by {@link #main} and the tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        CommandLine cl = new CommandLine(new VigilanceCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.INVALID_INPUT
                : ExitCode.INTERNAL_ERROR);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof org.dutyofvigilance.rules.RuleFileException bad) {
                commandLine.getErr().println("vigilance: " + bad.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            commandLine.getErr().println("vigilance: internal error: " + e
                    + " - please report it with the input that caused it");
            return ExitCode.INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("vigilance: " + e.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCode.INVALID_INPUT;
        });
        return cl;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("vigilance: out of memory; give the JVM more heap (java -Xmx4g -jar vigilance.jar ...)");
            code = ExitCode.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
