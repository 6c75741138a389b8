package org.dutyofvigilance.measure;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The ids of some indicators, sorted, without repeats, built one at a time when read: a risk cites its
 * drivers and context this way instead of holding a string per indicator. The rows are a range of an array
 * that may be shared (the risk map keeps the rows of all its risks in one array).
 */
final class EntryIds extends AbstractList<String> implements RandomAccess {
    private final Entries rows;
    private final int[] ids;
    private final int from;
    private final int to;

    private EntryIds(Entries rows, int[] ids, int from, int to) {
        this.rows = rows;
        this.ids = ids;
        this.from = from;
        this.to = to;
    }

    /**
     * The ids of rows given in id order (sorted by {@link Entries#pos}); the same row twice counts once. Null
     * when there are none.
     */
    static EntryIds of(Entries rows, int[] sorted, int count) {
        if (count == 0) {
            return null;
        }
        int[] distinct = new int[count];
        int n = distinct(sorted, count, distinct, 0);
        return new EntryIds(rows, distinct, 0, n);
    }

    /**
     * Copies rows given in id order into {@code into} from {@code at}, the same row twice once; returns how
     * many were copied ({@code into} must have room for {@code count}).
     */
    static int distinct(int[] sorted, int count, int[] into, int at) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || into[at + n - 1] != sorted[i]) {
                into[at + n++] = sorted[i];
            }
        }
        return n;
    }

    /** The rows {@code ids[from .. to-1]}, already distinct and in id order, as ids (not copied). */
    static EntryIds view(Entries rows, int[] ids, int from, int to) {
        return new EntryIds(rows, ids, from, to);
    }

    /** A copy of the rows. */
    int[] rows() {
        return Arrays.copyOfRange(ids, from, to);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= to - from) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + (to - from));
        }
        return rows.id(ids[from + index]);
    }

    @Override
    public int size() {
        return to - from;
    }
}
