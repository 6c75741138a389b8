package org.dutyofvigilance.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number the law states but whose final value is uncertain or a matter of choice, such as the CSDDD
 * monitoring interval (12 months in the adopted text; amended wording unverified). Rule sets declare their
 * parameters with a default and its legal status; {@link Rulebook.Builder#parameter} overrides one.
 *
 * @param name       name, unique within the rule set, e.g. {@code monitoringIntervalMonths}
 * @param value      the value in use (the default unless overridden)
 * @param status     how firm the default is in law
 * @param note       where the default comes from and what is uncertain
 * @param overridden whether the value was set by the user rather than taken from the rule file
 */
public record Parameter(String name, BigDecimal value, LegalStatus status, Text note, boolean overridden) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
