package org.dutyofvigilance.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.FindingsJson;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.scope.Explanation;
import org.dutyofvigilance.scope.RegimeScope;
import org.dutyofvigilance.scope.Scope;
import org.dutyofvigilance.scope.ScopeAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigilance scope FILE}: which regimes apply to the reporting company, from when, and why. */
@Command(name = "scope", mixinStandardHelpOptions = true,
        description = "Says which regimes apply to the reporting company, from which date, and why.")
final class ScopeCommand implements Callable<Integer> {
    enum Format { text, json }

    enum Lang { en, fr }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A chain file (JSON).")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr", description = "Language of the reasons: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScopeAssessment scope;
        try {
            scope = Scope.assess(ChainJson.read(file));
        } catch (ChainFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (format == Format.json) {
            ArrayNode list = StrictJson.mapper().createArrayNode();
            for (RegimeScope r : scope.regimes()) {
                ObjectNode n = list.addObject();
                n.put("regime", r.regime().name().toLowerCase(Locale.ROOT));
                n.put("timeline", r.timeline());
                n.put("ruleSet", r.ruleSetId());
                n.put("current", r.current());
                n.put("status", r.status().name().toLowerCase(Locale.ROOT));
                r.from().ifPresentOrElse(d -> n.put("from", d.toString()), () -> n.putNull("from"));
                ArrayNode reasons = n.putArray("reasons");
                for (Explanation e : r.reasons()) {
                    reasons.addObject().put("key", e.key()).put("text", text(e));
                }
            }
            out.print(FindingsJson.text(list));
        } else {
            for (RegimeScope r : scope.regimes()) {
                out.println(r.regime().name().toLowerCase(Locale.ROOT) + " [" + r.timeline() + "]"
                        + (r.current() ? "" : " (for comparison)") + ": " + r.status().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + r.from().map(d -> " from " + d).orElse(""));
                for (Explanation e : r.reasons()) {
                    out.println("  - " + text(e));
                }
            }
        }
        out.flush();
        return ExitCode.COMPLETE;
    }

    private String text(Explanation e) {
        return lang == Lang.fr ? e.text().fr() : e.text().en();
    }
}
