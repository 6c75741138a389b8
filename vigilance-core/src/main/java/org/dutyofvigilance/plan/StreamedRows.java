package org.dutyofvigilance.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/** The rows of a {@link Block.Table#streamed streamed table}: each one made, checked and copied when read. */
final class StreamedRows extends AbstractList<List<PlanValue>> implements RandomAccess {
    private final int columns;
    private final int size;
    private final IntFunction<List<PlanValue>> row;

    StreamedRows(int columns, int size, IntFunction<List<PlanValue>> row) {
        if (size < 0) {
            throw new IllegalArgumentException("negative row count " + size);
        }
        this.columns = columns;
        this.size = size;
        this.row = Objects.requireNonNull(row, "row");
    }

    int columns() {
        return columns;
    }

    @Override
    public List<PlanValue> get(int index) {
        Objects.checkIndex(index, size);
        List<PlanValue> r = List.copyOf(row.apply(index));
        if (r.size() != columns) {
            throw new IllegalArgumentException("row " + index + " has " + r.size() + " cells, expected " + columns);
        }
        return r;
    }

    @Override
    public int size() {
        return size;
    }
}
