package org.dutyofvigilance.completeness;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.check.Finding;

/**
 * Settings of a completeness check: which rule sets to check (by default those of the regimes that apply
 * or may apply, without superseded versions), the maximum age of evidence, the date staleness is measured
 * at, and the result of the structural check. Start from {@link #defaults()} and change what you need:
 *
 * <pre>{@code
 * CompletenessOptions options = CompletenessOptions.defaults()
 *         .withRuleSets("csddd-2026-470", "fr-vigilance-2017")
 *         .withMaxEvidenceAgeMonths(12)
 *         .withStructuralFindings(structuralFindings);
 * }</pre>
 *
 * @param ruleSets              ids of the rule sets to check; empty means chosen from the scope
 * @param maxEvidenceAgeMonths  evidence older than this many months at {@code asOf} makes a fact stale
 * @param asOf                  the date ages are measured at; empty means the end of the reporting period
 * @param structurallyValid     whether the structural check passed
 * @param structuralFindings    findings of the structural check; any {@code ERROR} makes the input invalid
 */
public record CompletenessOptions(Optional<Set<String>> ruleSets, int maxEvidenceAgeMonths, Optional<LocalDate> asOf,
        boolean structurallyValid, List<Finding> structuralFindings) {
    /** Default maximum age of evidence, in months (a documented choice, not a legal figure). */
    public static final int DEFAULT_MAX_EVIDENCE_AGE_MONTHS = 24;

    public CompletenessOptions {
        ruleSets = Objects.requireNonNull(ruleSets, "ruleSets").map(Set::copyOf);
        if (maxEvidenceAgeMonths < 0) {
            throw new IllegalArgumentException("maxEvidenceAgeMonths must not be negative");
        }
        Objects.requireNonNull(asOf, "asOf");
        structuralFindings = List.copyOf(structuralFindings);
    }

    /** Rule sets chosen from the scope, evidence up to 24 months old, ages at the period end, valid input. */
    public static CompletenessOptions defaults() {
        return new CompletenessOptions(Optional.empty(), DEFAULT_MAX_EVIDENCE_AGE_MONTHS, Optional.empty(), true,
                List.of());
    }

    /** Checks exactly these rule sets. */
    public CompletenessOptions withRuleSets(String... ids) {
        return new CompletenessOptions(Optional.of(Set.of(ids)), maxEvidenceAgeMonths, asOf, structurallyValid,
                structuralFindings);
    }

    /** Sets the maximum age of evidence. */
    public CompletenessOptions withMaxEvidenceAgeMonths(int months) {
        return new CompletenessOptions(ruleSets, months, asOf, structurallyValid, structuralFindings);
    }

    /** Measures ages at this date instead of the period end. */
    public CompletenessOptions withAsOf(LocalDate date) {
        return new CompletenessOptions(ruleSets, maxEvidenceAgeMonths, Optional.of(date), structurallyValid,
                structuralFindings);
    }

    /** Records whether the structural check passed. */
    public CompletenessOptions withStructurallyValid(boolean valid) {
        return new CompletenessOptions(ruleSets, maxEvidenceAgeMonths, asOf, valid, structuralFindings);
    }

    /** Records the structural check's findings; an {@code ERROR} among them makes the verdict invalid input. */
    public CompletenessOptions withStructuralFindings(List<Finding> findings) {
        return new CompletenessOptions(ruleSets, maxEvidenceAgeMonths, asOf, structurallyValid, findings);
    }
}
