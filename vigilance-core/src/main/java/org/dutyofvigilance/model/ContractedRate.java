package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The rate a customer pays a supplier, e.g. 12 USD per worker-hour.
 *
 * @param amount   amount per unit
 * @param currency ISO 4217 code
 * @param per      the unit
 */
public record ContractedRate(@PositiveOrZero BigDecimal amount, String currency, RateUnit per) {
    public ContractedRate {
        Values.required(amount, "amount");
        Values.requiredText(currency, "currency");
        Values.required(per, "per");
    }

    /** The amount as money. */
    public Money money() {
        return new Money(amount, currency);
    }
}
