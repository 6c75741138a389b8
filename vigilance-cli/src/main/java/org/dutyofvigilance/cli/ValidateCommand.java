package org.dutyofvigilance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.FindingsJson;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.ChainOfActivities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigilance validate FILE...}: reads and checks chain files, prints findings, exits 0, 1 or 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads chain files and checks them. Exit 0: valid and complete; 1: findings; 2: input unusable.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Chain files (JSON).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = ExitCode.COMPLETE;
        ArrayNode reports = StrictJson.mapper().createArrayNode();
        for (Path file : files) {
            int code;
            try {
                ChainOfActivities chain = ChainJson.read(file);
                List<Finding> findings = StructuralCheck.check(chain);
                code = StructuralCheck.hasErrors(findings) ? ExitCode.INVALID_INPUT
                        : findings.isEmpty() ? ExitCode.COMPLETE : ExitCode.INCOMPLETE;
                String verdict = code == ExitCode.INVALID_INPUT ? "invalid_input"
                        : code == ExitCode.COMPLETE ? "complete" : "incomplete";
                if (format == Format.json) {
                    reports.add(FindingsJson.toNode(file.toString(), verdict, findings));
                } else {
                    printText(out, file, verdict, findings);
                }
            } catch (ChainFormatException e) {
                code = ExitCode.INVALID_INPUT;
                err.println(e.getMessage());
                if (format == Format.json) {
                    var node = FindingsJson.toNode(file.toString(), "invalid_input", List.of(new Finding("READ-ERROR",
                            Severity.ERROR, "$", e.jsonPath().orElse(""), e.getMessage())));
                    reports.add(node);
                }
            }
            worst = Math.max(worst, code);
        }
        if (format == Format.json) {
            out.print(FindingsJson.text(files.size() == 1 ? reports.get(0) : reports));
        }
        out.flush();
        return worst;
    }

    private static void printText(PrintWriter out, Path file, String verdict, List<Finding> findings) {
        out.println(file + ": " + verdict.replace('_', ' ') + ", " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings"));
        for (Finding f : findings) {
            out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + "  " + f.rule() + "  " + f.nodeId()
                    + (f.field().isEmpty() ? "" : " / " + f.field()) + ": " + f.message());
        }
    }
}
