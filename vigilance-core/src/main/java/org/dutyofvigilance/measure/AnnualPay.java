package org.dutyofvigilance.measure;

import java.util.Objects;

/**
 * The annual pay of one workforce segment in the report currency, as the indicators compute it (the
 * segment's pay turned into a year with {@link Conventions} and converted with the chain's own exchange
 * rates). Made by {@link Measures#annualPay}; the plan's wage ladder is drawn from it.
 *
 * @param segment id of the workforce segment
 * @param annual  annual pay in the report currency (unit: the currency code), or unknown with the reason
 */
public record AnnualPay(String segment, Quantity annual) {
    public AnnualPay {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(annual, "annual");
    }
}
