package org.dutyofvigilance.measure;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The ids of some indicators, sorted, without repeats, built one at a time when read: a risk cites its
 * drivers and context this way instead of holding a string per indicator.
 */
final class EntryIds extends AbstractList<String> implements RandomAccess {
    private final Entry[] entries;

    private EntryIds(Entry[] entries) {
        this.entries = entries;
    }

    /**
     * The ids of entries given in id order (sorted by {@link Entry#pos}); the same entry twice counts once.
     * Null when there are none.
     */
    static EntryIds of(List<Entry> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        Entry[] distinct = new Entry[sorted.size()];
        int n = 0;
        for (Entry e : sorted) {
            if (n == 0 || distinct[n - 1] != e) {
                distinct[n++] = e;
            }
        }
        return new EntryIds(n == distinct.length ? distinct : java.util.Arrays.copyOf(distinct, n));
    }

    /** The entries, as a list (not copied). */
    List<Entry> entries() {
        return java.util.Arrays.asList(entries);
    }

    @Override
    public String get(int index) {
        return entries[index].id();
    }

    @Override
    public int size() {
        return entries.length;
    }
}
