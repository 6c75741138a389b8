package org.dutyofvigilance.plan;

import java.util.Objects;

/**
 * One computed indicator (pay ratio, living-wage gap, psychosocial score…) with the value and its basis.
 *
 * <p>Produced by the measure package and passed in with {@link PlanSources#withIndicators}; listed in the
 * monitoring section.
 *
 * @param id     stable id of the indicator
 * @param name   what it measures (a label or text)
 * @param entity id of the entity or segment it is about, or empty text for the whole chain
 * @param value  its value (not disclosed when an input is missing)
 * @param basis  the formula or the inputs it rests on
 */
public record IndicatorLine(String id, PlanValue name, String entity, PlanValue value, PlanValue basis) {
    public IndicatorLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
