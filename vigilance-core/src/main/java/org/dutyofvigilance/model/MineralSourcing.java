package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A mineral in the chain's hardware, with where it was extracted.
 *
 * @param mineral               the mineral, e.g. "cobalt"
 * @param originCountry         ISO 3166-1 alpha-2 code of the country of extraction
 * @param tonnes                quantity, in tonnes
 * @param site                  the mine or site, when known
 * @param distanceToWorkforceKm distance between the site and data workers of the chain, where they overlap
 */
public record MineralSourcing(
        String mineral,
        String originCountry,
        Optional<@PositiveOrZero BigDecimal> tonnes,
        Optional<String> site,
        Optional<@PositiveOrZero BigDecimal> distanceToWorkforceKm) {
    public MineralSourcing {
        Values.requiredText(mineral, "mineral");
        Values.requiredText(originCountry, "originCountry");
        tonnes = Values.fact(tonnes);
        site = Values.fact(site);
        distanceToWorkforceKm = Values.fact(distanceToWorkforceKm);
    }
}
