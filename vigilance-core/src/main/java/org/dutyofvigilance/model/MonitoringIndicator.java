package org.dutyofvigilance.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator the company follows to monitor its measures (CSDDD Art 15; French measure 5).
 *
 * @param id           stable id, unique in the chain
 * @param name         what it measures
 * @param unit         its unit
 * @param currentYear  value for the reporting period
 * @param previousYear value for the period before
 * @param target       the value aimed at
 */
public record MonitoringIndicator(
        String id,
        String name,
        Optional<String> unit,
        Optional<BigDecimal> currentYear,
        Optional<BigDecimal> previousYear,
        Optional<BigDecimal> target) {
    public MonitoringIndicator {
        Values.requiredText(id, "id");
        Values.requiredText(name, "name");
        unit = Values.fact(unit);
        currentYear = Values.fact(currentYear);
        previousYear = Values.fact(previousYear);
        target = Values.fact(target);
    }
}
