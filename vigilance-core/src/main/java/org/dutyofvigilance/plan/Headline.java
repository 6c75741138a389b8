package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * One headline figure of the summary (pay ratio, lowest pass-through, living-wage gap, harmful-content
 * exposure), computed from the input by the measure package and passed in with {@link Overview}.
 *
 * @param labelKey message key of what it is, e.g. {@code headline.payRatio}
 * @param value    the figure (not disclosed when an input is missing)
 * @param detail   what it rests on, in words (the indicator's statement, the path, the benchmark)
 * @param inputs   fact paths it was computed from; in the public edition value and detail are withheld when
 *                 one of them is confidential
 */
public record Headline(String labelKey, PlanValue value, PlanValue detail, List<String> inputs) {
    public Headline {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
        inputs = List.copyOf(inputs);
    }
}
