package org.dutyofvigilance.model;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What workers are paid, as declared or observed, e.g. 1.5 USD per hour or 0.83 EUR per task.
 *
 * @param amount      amount per unit, before tax
 * @param currency    ISO 4217 code
 * @param per         the unit
 * @param taskMinutes for piece rates: the time one task takes, in minutes, which gives the hourly equivalent
 */
public record Pay(@PositiveOrZero BigDecimal amount, String currency, PayUnit per, Optional<@Positive BigDecimal> taskMinutes) {
    public Pay {
        Values.required(amount, "amount");
        Values.requiredText(currency, "currency");
        Values.required(per, "per");
        taskMinutes = Values.fact(taskMinutes);
    }

    /** Pay per time unit (not a piece rate). */
    public static Pay of(String amount, String currency, PayUnit per) {
        return new Pay(new BigDecimal(amount), currency, per, Optional.empty());
    }

    /** The amount as money. */
    public Money money() {
        return new Money(amount, currency);
    }
}
