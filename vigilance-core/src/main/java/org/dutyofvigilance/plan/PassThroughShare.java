package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One pass-through computed by the measure package: the share of a contracted worker-hour rate that reaches
 * a workforce segment along one path of contracts, with both amounts already in the rate's currency (the
 * worker's pay converted with the chain's exchange rates when it is paid in another currency).
 *
 * @param segment      id of the workforce segment
 * @param path         ids of the relationships from the company down to the segment's entity, in order
 * @param reference    id of the relationship whose contracted rate is the reference
 * @param currency     ISO 4217 code of both amounts
 * @param contractRate the contracted rate per worker-hour
 * @param hourlyPay    the worker's pay per hour, in the same currency
 * @param share        the share, as a fraction (0.125 for 12.5 %)
 * @param inputs       fact paths it rests on; in the public edition it is left out when one is confidential
 */
public record PassThroughShare(String segment, List<String> path, String reference, String currency,
        BigDecimal contractRate, BigDecimal hourlyPay, BigDecimal share, List<String> inputs) {
    public PassThroughShare {
        Objects.requireNonNull(segment, "segment");
        path = List.copyOf(path);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(contractRate, "contractRate");
        Objects.requireNonNull(hourlyPay, "hourlyPay");
        Objects.requireNonNull(share, "share");
        inputs = List.copyOf(inputs);
    }
}
