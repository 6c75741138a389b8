package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * One computed indicator (pay ratio, living-wage gap, psychosocial score…) with the value and its basis.
 *
 * <p>Produced by the measure package and passed in with {@link PlanSources#withIndicators}; listed in the
 * monitoring section.
 *
 * @param id     stable id of the indicator
 * @param name   what it measures (a label or text)
 * @param entity id of the entity or segment it is about ({@code chain} for the whole chain), or empty text
 * @param value  its value (not disclosed when an input is missing)
 * @param basis  the formula or the inputs it rests on
 * @param inputs fact paths of the chain it was computed from (e.g. {@code seg-ke.pay}); in the public edition
 *               the value and basis are withheld when one of them is confidential
 */
public record IndicatorLine(String id, PlanValue name, String entity, PlanValue value, PlanValue basis,
        List<String> inputs) {
    public IndicatorLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        inputs = List.copyOf(inputs);
    }
}
