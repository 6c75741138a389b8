package org.dutyofvigilance.measure;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The indicators of a report as an immutable list sorted by id, built one at a time from the engine's
 * compact rows when read: a report of millions of indicators keeps numbers and statuses, not sentences.
 */
final class LazyIndicators extends AbstractList<Indicator> implements RandomAccess {
    private final IndicatorEngine engine;
    private final Entries rows;
    /** The rows in id order. */
    private final int[] order;
    private final int from;
    private final int to;
    /** The codes in natural order and, for each, its run [codeFrom, codeTo) in {@link #order}. */
    private final String[] codes;
    private final int[] codeFrom;
    private final int[] codeTo;

    LazyIndicators(IndicatorEngine engine, Entries rows, int[] order, String[] codes, int[] codeFrom, int[] codeTo) {
        this(engine, rows, order, 0, order.length, codes, codeFrom, codeTo);
    }

    private LazyIndicators(IndicatorEngine engine, Entries rows, int[] order, int from, int to, String[] codes,
            int[] codeFrom, int[] codeTo) {
        this.engine = engine;
        this.rows = rows;
        this.order = order;
        this.from = from;
        this.to = to;
        this.codes = codes;
        this.codeFrom = codeFrom;
        this.codeTo = codeTo;
    }

    /** The compact rows. */
    Entries rows() {
        return rows;
    }

    /** The row of the indicator at this place of the list. */
    int row(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException(index);
        }
        return order[from + index];
    }

    @Override
    public Indicator get(int index) {
        return engine.materialise(row(index));
    }

    @Override
    public int size() {
        return to - from;
    }

    /** The indicators of one code, as a view (nothing is built). */
    LazyIndicators ofCode(String code) {
        int c = Arrays.binarySearch(codes, code);
        if (c < 0) {
            return new LazyIndicators(engine, rows, order, 0, 0, codes, codeFrom, codeTo);
        }
        return new LazyIndicators(engine, rows, order, codeFrom[c], codeTo[c], codes, codeFrom, codeTo);
    }

    /** The indicator with this id, found by binary search on the code then the id. */
    Optional<Indicator> byId(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        int c = Arrays.binarySearch(codes, id.substring(0, colon));
        if (c < 0) {
            return Optional.empty();
        }
        int lo = codeFrom[c];
        int hi = codeTo[c] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = rows.id(order[mid]).compareTo(id);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return Optional.of(engine.materialise(order[mid]));
            }
        }
        return Optional.empty();
    }
}
