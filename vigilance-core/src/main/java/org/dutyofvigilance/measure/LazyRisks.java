package org.dutyofvigilance.measure;

import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The risk map of a report as an immutable list in rank order, each {@link Risk} built from the map's slots
 * when read: a chain of a million nodes has hundreds of thousands of risks, kept as numbers and row lists, not
 * as objects with their ids and words. Reading the same risk twice gives equal values.
 */
final class LazyRisks extends AbstractList<Risk> implements RandomAccess {
    private final RiskMapper map;
    private final int size;

    LazyRisks(RiskMapper map, int size) {
        this.map = map;
        this.size = size;
    }

    @Override
    public Risk get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
        return map.riskAt(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** The risk with this id, found without building the others. */
    Optional<Risk> byId(String id) {
        int p = map.rankOf(id);
        return p < 0 ? Optional.empty() : Optional.of(map.riskAt(p));
    }
}
