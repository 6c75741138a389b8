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

    /** Assesses a chain with these options. */
    Assessment assess(ChainOfActivities chain) {
        return Vigilance.assess(chain, rulebook(),
                CompletenessOptions.defaults().withMaxEvidenceAgeMonths(maxEvidenceAgeMonths), MeasureParameters.defaults());
    }
}
