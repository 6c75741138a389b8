package org.dutyofvigilance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.completeness.CompletenessJson;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.completeness.DisclosureFinding;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.FindingsJson;
import org.dutyofvigilance.json.StrictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigilance validate FILE...}: reads and checks chain files (structure, then disclosure completeness
 * against every regime that applies), prints the findings, and exits 0 (complete), 1 (incomplete) or 2
 * (invalid input).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads chain files, checks their structure and their disclosure against the obligations of "
                + "every regime that applies.", "Exit 0: complete; 1: gaps or warnings; 2: input unusable."})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RuleOptions rules;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Chain files (JSON).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--all", description = "In text output, list every gap instead of a summary per obligation.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = ExitCode.COMPLETE;
        ArrayNode reports = StrictJson.mapper().createArrayNode();
        for (Path file : files) {
            int code;
            try {
                Assessment a = rules.assessDisclosure(ChainJson.read(file));
                code = VerdictCodes.of(a.verdict());
                if (format == Format.json) {
                    reports.add(json(file, a));
                } else {
                    printText(out, file, a, all);
                }
            } catch (ChainFormatException e) {
                code = ExitCode.INVALID_INPUT;
                err.println(e.getMessage());
                if (format == Format.json) {
                    reports.add(FindingsJson.toNode(file.toString(), "invalid_input", List.of(new Finding("READ-ERROR",
                            Severity.ERROR, "$", e.jsonPath().orElse(""), e.getMessage()))));
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

    private static ObjectNode json(Path file, Assessment a) throws IOException {
        String verdict = a.verdict().name().toLowerCase(Locale.ROOT);
        ObjectNode node = FindingsJson.toNode(file.toString(), verdict, a.structuralFindings());
        if (a.completeness().isPresent()) {
            node.set("completeness", StrictJson.mapper().readTree(CompletenessJson.write(a.completeness().get())));
        }
        return node;
    }

    private static void printText(PrintWriter out, Path file, Assessment a, boolean all) {
        out.println(file + ": " + a.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!a.structuralFindings().isEmpty()) {
            out.println("  structure: " + a.structuralFindings().size()
                    + (a.structuralFindings().size() == 1 ? " finding" : " findings"));
            for (Finding f : a.structuralFindings()) {
                out.println("    " + f.severity().name().toLowerCase(Locale.ROOT) + "  " + f.rule() + "  " + f.nodeId()
                        + (f.field().isEmpty() ? "" : " / " + f.field()) + ": " + f.message());
            }
        }
        a.completeness().ifPresent(report -> printCompleteness(out, report, all));
    }

    private static void printCompleteness(PrintWriter out, CompletenessReport report, boolean all) {
        List<DisclosureFinding> gaps = report.gaps();
        out.println("  disclosure: " + percent(report) + " complete, " + gaps.size() + " gaps, rule sets "
                + String.join(", ", report.ruleSets().stream().map(r -> r.id() + " " + r.version()).toList()));
        Map<String, List<DisclosureFinding>> byRule = new TreeMap<>();
        gaps.forEach(g -> byRule.computeIfAbsent(g.ruleId(), k -> new java.util.ArrayList<>()).add(g));
        byRule.forEach((rule, list) -> {
            DisclosureFinding first = list.get(0);
            out.println("    " + rule + " (" + first.citation() + "): " + list.size() + " gap" + (list.size() == 1 ? "" : "s"));
            int shown = all ? list.size() : Math.min(list.size(), 3);
            for (int i = 0; i < shown; i++) {
                DisclosureFinding g = list.get(i);
                out.println("      " + g.status().name().toLowerCase(Locale.ROOT) + "  " + g.nodeId() + " / " + g.field());
            }
            if (shown < list.size()) {
                out.println("      ... " + (list.size() - shown) + " more (--all lists them)");
            }
        });
    }

    private static String percent(CompletenessReport report) {
        return report.overall().percent().toPlainString() + " %";
    }
}
