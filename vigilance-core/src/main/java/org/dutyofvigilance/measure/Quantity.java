package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an indicator: either a known decimal with its unit, or unknown with the reason it is unknown.
 * An unknown quantity is never zero; the plan renders it as "not disclosed" followed by the reason.
 *
 * @param value         the number, when it is known
 * @param unit          its unit, e.g. {@code "%"}, {@code "EUR/h"}, {@code "ratio"}, {@code "h/day"}
 * @param unknownReason why the number is unknown, when it is
 */
public record Quantity(Optional<BigDecimal> value, String unit, Optional<String> unknownReason) {
    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unknownReason, "unknownReason");
        if (value.isPresent() == unknownReason.isPresent()) {
            throw new IllegalArgumentException("a quantity is either known or unknown with a reason");
        }
    }

    /** A known quantity. */
    public static Quantity known(BigDecimal value, String unit) {
        return new Quantity(Optional.of(Objects.requireNonNull(value, "value")), unit, Optional.empty());
    }

    /** An unknown quantity and why. */
    public static Quantity unknown(String unit, String reason) {
        return new Quantity(Optional.empty(), unit, Optional.of(Objects.requireNonNull(reason, "reason")));
    }

    /** Whether the number is known. */
    public boolean isKnown() {
        return value.isPresent();
    }

    /** The value as text: {@code "12.5 %"} or {@code "not disclosed (reason)"}. */
    public String text() {
        return value.map(v -> v.toPlainString() + (unit.isEmpty() ? "" : " " + unit))
                .orElseGet(() -> "not disclosed (" + unknownReason.orElseThrow() + ")");
    }
}
