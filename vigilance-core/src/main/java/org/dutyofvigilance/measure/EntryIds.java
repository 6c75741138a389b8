package org.dutyofvigilance.measure;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The ids of some indicators, sorted, without repeats, built one at a time when read: a risk cites its
 * drivers and context this way instead of holding a string per indicator.
 */
final class EntryIds extends AbstractList<String> implements RandomAccess {
    private final Entries rows;
    private final int[] ids;

    private EntryIds(Entries rows, int[] ids) {
        this.rows = rows;
        this.ids = ids;
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
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || distinct[n - 1] != sorted[i]) {
                distinct[n++] = sorted[i];
            }
        }
        return new EntryIds(rows, n == distinct.length ? distinct : java.util.Arrays.copyOf(distinct, n));
    }

    /** The rows (not copied: callers must not change them). */
    int[] rows() {
        return ids;
    }

    @Override
    public String get(int index) {
        return rows.id(ids[index]);
    }

    @Override
    public int size() {
        return ids.length;
    }
}
