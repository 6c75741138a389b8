package org.dutyofvigilance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.completeness.DataRequests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigilance requests FILE}: what to ask each supplier to close its disclosure gaps, as CSV or JSON. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = {"Lists, supplier by supplier, the data to request to close the disclosure gaps, with the "
                + "obligation behind each question and the CSRD value-chain cap tag."})
final class RequestsCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RuleOptions rules;

    @Parameters(paramLabel = "FILE", description = "A chain file (JSON).")
    Path file;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        var usable = rules.assessUsable(file, spec.commandLine().getErr());
        if (usable.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Assessment a = usable.get().assessment();
        DataRequests requests = DataRequests.from(a.completeness().get(), a.chain());
        String text = format == Format.csv ? requests.toCsv() : requests.toJson();
        if (output != null) {
            AtomicFiles.write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return VerdictCodes.of(a.verdict());
    }
}
