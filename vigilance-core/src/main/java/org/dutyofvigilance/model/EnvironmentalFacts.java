package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Environmental facts of one entity for the reporting period.
 *
 * @param entity           id of the entity
 * @param energyMwh        electricity and fuel used, in megawatt-hours
 * @param waterCubicMetres water withdrawn, in cubic metres
 * @param emissionsTco2e   greenhouse-gas emissions, in tonnes CO2-equivalent
 * @param minerals         minerals sourced, with their countries of origin
 */
public record EnvironmentalFacts(
        String entity,
        Optional<@PositiveOrZero BigDecimal> energyMwh,
        Optional<@PositiveOrZero BigDecimal> waterCubicMetres,
        Optional<@PositiveOrZero BigDecimal> emissionsTco2e,
        List<@Valid MineralSourcing> minerals) {
    public EnvironmentalFacts {
        Values.requiredText(entity, "entity");
        energyMwh = Values.fact(energyMwh);
        waterCubicMetres = Values.fact(waterCubicMetres);
        emissionsTco2e = Values.fact(emissionsTco2e);
        minerals = Values.list(minerals);
    }
}
