package org.dutyofvigilance.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.Rulebook;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that check disclosure: the user's own rule files (an internal policy, a
 * national transposition), beside or instead of the shipped rulebook, and the age at which evidence is stale.
 */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "RULES.json",
            description = "A rule file of your own, checked beside the shipped rules (repeatable). See docs/rules.md.")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-shipped-rules", description = "Check only the rule files given with --rules.")
    boolean noShippedRules;

    @Option(names = "--max-evidence-age", paramLabel = "MONTHS", defaultValue = "24",
            description = "Evidence older than this many months at the end of the period is stale (default: ${DEFAULT-VALUE}).")
    int maxEvidenceAgeMonths;

    /** The rulebook these options describe; a bad rule file raises {@code RuleFileException}. */
    Rulebook rulebook() {
        if (ruleFiles.isEmpty() && !noShippedRules) {
            return Rulebook.shipped();
        }
        Rulebook.Builder b = Rulebook.builder();
        if (!noShippedRules) {
            b.shipped();
        }
        ruleFiles.forEach(b::file);
        return b.build();
    }

    /**
     * Reads and assesses a chain file for a command that needs a structurally valid chain. Prints why it
     * cannot be used (the read error, or each structural error with node and field) and returns empty then.
     */
    java.util.Optional<Usable> assessUsable(Path file, java.io.PrintWriter err) {
        ChainInput input;
        try {
            input = ChainInput.read(file);
        } catch (org.dutyofvigilance.json.ChainFormatException e) {
            err.println(e.getMessage());
            return java.util.Optional.empty();
        }
        Assessment assessment = assess(input.chain());
        if (!assessment.structurallyValid()) {
            for (org.dutyofvigilance.check.Finding f : assessment.structuralFindings()) {
                if (f.severity() == org.dutyofvigilance.check.Severity.ERROR) {
                    err.println(file + ": " + f.nodeId() + (f.field().isEmpty() ? "" : " / " + f.field()) + ": " + f.message());
                }
            }
            err.println(file + ": the chain has structural errors (above); fix them and run again ('vigilance validate')");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Usable(input, assessment));
    }

    /** A chain file read and assessed without structural errors. */
    record Usable(ChainInput input, Assessment assessment) {
    }

    /** Checks a chain's disclosure with these options: structure, scope, completeness; no indicators. */
    Assessment assessDisclosure(ChainOfActivities chain) {
        return Vigilance.assessDisclosure(chain, rulebook(),
                CompletenessOptions.defaults().withMaxEvidenceAgeMonths(maxEvidenceAgeMonths));
    }

    /** Assesses a chain with these options. */
    Assessment assess(ChainOfActivities chain) {
        return Vigilance.assess(chain, rulebook(),
                CompletenessOptions.defaults().withMaxEvidenceAgeMonths(maxEvidenceAgeMonths), MeasureParameters.defaults());
    }
}
