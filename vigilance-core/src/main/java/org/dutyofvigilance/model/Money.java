package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An amount of money in an ISO 4217 currency. Amounts are exact decimals, never floating point.
 *
 * @param amount   the amount
 * @param currency ISO 4217 alphabetic code, e.g. {@code "EUR"}
 */
public record Money(@PositiveOrZero BigDecimal amount, String currency) {
    public Money {
        Values.required(amount, "amount");
        Values.requiredText(currency, "currency");
    }

    /** Shorthand for {@code new Money(new BigDecimal(amount), currency)}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
