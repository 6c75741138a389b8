package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * One section of the plan with its content.
 *
 * <p>The plan lists its sections in {@link SectionKind} order; a renderer titles each one by its kind.
 *
 * @param kind   which section
 * @param blocks its content, in order
 */
public record Section(SectionKind kind, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        blocks = List.copyOf(blocks);
    }
}
