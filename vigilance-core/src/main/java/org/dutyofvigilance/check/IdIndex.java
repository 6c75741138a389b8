package org.dutyofvigilance.check;

import java.util.Arrays;

/**
 * Every id of the chain, hashed once: for each id, where it was first seen (list number and position) and
 * the kinds of node that carry it. Built by {@link IdentityRules} and read by {@link ReferenceRules}, so
 * that the ids are not hashed into one set per kind of reference.
 *
 * <p>Open addressing over one {@code long[]} of slots (the id's hash in the high half, its entry number in
 * the low half), the ids and their facts in dense arrays by entry number: no entry object, no boxing, one
 * random memory access per probe that misses.
 */
final class IdIndex {
    static final int PARTNER = 1;
    static final int RELATIONSHIP = 1 << 1;
    static final int SEGMENT = 1 << 2;
    static final int MECHANISM = 1 << 3;
    static final int INCIDENT = 1 << 4;
    static final int ACTION = 1 << 5;
    static final int CONSULTATION = 1 << 6;
    static final int INDICATOR = 1 << 7;
    static final int EVIDENCE = 1 << 8;
    /** Nodes evidence may be about: every kind but evidence itself. */
    static final int ANY_NODE = PARTNER | RELATIONSHIP | SEGMENT | MECHANISM | INCIDENT | ACTION | CONSULTATION
            | INDICATOR;

    private long[] slots;
    private int mask;
    private String[] ids;
    private long[] first;
    private int[] kinds;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        int dense = Math.max(4, expected);
        ids = new String[dense];
        first = new long[dense];
        kinds = new int[dense];
    }

    private static int spread(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The entry of the id, or {@code -(slot + 1)} for the empty slot where it would go. */
    private int find(String id, int h) {
        int i = h & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if ((int) (s >>> 32) == h) {
                int entry = (int) s - 1;
                if (ids[entry].equals(id)) {
                    return entry;
                }
            }
            i = (i + 1) & mask;
        }
        return -(i + 1);
    }

    /**
     * Records that a node of this kind, at this position, carries the id; returns the position where the id
     * was first seen, or {@code -1} when this is its first occurrence.
     */
    long add(String id, int kind, long position) {
        int h = spread(id);
        int entry = find(id, h);
        if (entry >= 0) {
            kinds[entry] |= kind;
            return first[entry];
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            first = Arrays.copyOf(first, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        slots[-entry - 1] = ((long) h << 32) | (size + 1L);
        ids[size] = id;
        first[size] = position;
        kinds[size] = kind;
        if (++size * 2 > slots.length) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long s : old) {
            if (s != 0) {
                int i = (int) (s >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = s;
            }
        }
    }

    /** Whether a node of one of these kinds carries the id. */
    boolean has(String id, int anyOfKinds) {
        int entry = find(id, spread(id));
        return entry >= 0 && (kinds[entry] & anyOfKinds) != 0;
    }
}
