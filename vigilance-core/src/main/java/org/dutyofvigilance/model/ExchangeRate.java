package org.dutyofvigilance.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One exchange rate used to convert amounts into the report currency. The library never fetches rates:
 * the report states them, with their date and source.
 *
 * @param from   currency converted from (ISO 4217)
 * @param to     currency converted to (ISO 4217)
 * @param rate   units of {@code to} for one unit of {@code from}
 * @param date   the date the rate applies to
 * @param source where the rate comes from, e.g. "ECB reference rate"
 */
public record ExchangeRate(String from, String to, @Positive BigDecimal rate, LocalDate date, String source) {
    public ExchangeRate {
        Values.requiredText(from, "from");
        Values.requiredText(to, "to");
        Values.required(rate, "rate");
        Values.required(date, "date");
        Values.requiredText(source, "source");
    }
}
