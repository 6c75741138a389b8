package org.dutyofvigilance.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dutyofvigilance.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigilance indicators FILE}: the indicators and the risk map as JSON. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Computes the indicators (pay ratio, pass-through, living-wage gap, exposure, opacity, Fairwork, "
                + "environment) and the risk map, and prints them as JSON.", "See docs/indicators.md for every formula."})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RuleOptions rules;

    @Parameters(paramLabel = "FILE", description = "A chain file (JSON).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        var usable = rules.assessUsable(file, spec.commandLine().getErr());
        if (usable.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Assessment a = usable.get().assessment();
        if (output != null) {
            AtomicFiles.write(output, out -> a.indicators().get().writeJson(out));
        } else {
            spec.commandLine().getOut().print(a.indicators().get().toJson());
            spec.commandLine().getOut().flush();
        }
        return ExitCode.COMPLETE;
    }
}
