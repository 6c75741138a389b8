package org.dutyofvigilance.rules;

import java.util.List;

/**
 * What a fact key gives for one node: the disclosed values, and how many places along the path were not
 * disclosed. A key that runs through a list (e.g. {@code partner.inbound.contractualAssurance}) can give
 * several values. Returned by {@link FactPath#resolve}.
 *
 * @param disclosed   the disclosed leaf values (model values: {@code Boolean}, {@code BigDecimal}, enums, records…)
 * @param undisclosed how many leaves are not disclosed (an empty {@code Optional} or an empty list)
 */
public record FactValues(List<Object> disclosed, int undisclosed) {
    public FactValues {
        disclosed = List.copyOf(disclosed);
    }

    /** Whether every leaf is disclosed and there is at least one. */
    public boolean fullyDisclosed() {
        return !disclosed.isEmpty() && undisclosed == 0;
    }

    /** Whether nothing at all is disclosed. */
    public boolean nothingDisclosed() {
        return disclosed.isEmpty();
    }
}
