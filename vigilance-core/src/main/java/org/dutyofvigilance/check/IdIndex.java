package org.dutyofvigilance.check;

/**
 * Every id of the chain, hashed once: for each id, where it was first seen (list number and position) and
 * the kinds of node that carry it. Built by {@link IdentityRules} and read by {@link ReferenceRules}, so
 * that the ids are not hashed into one set per kind of reference. Open addressing over plain arrays: no
 * entry object, no boxing.
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

    private final String[] keys;
    /** The spread hash of each key: most probes that miss end on a hash compare, without touching the String. */
    private final int[] hashes;
    private final long[] first;
    private final int[] kinds;
    private final int mask;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        first = new long[capacity];
        kinds = new int[capacity];
        mask = capacity - 1;
    }

    private static int spread(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The slot of the id: where it is, or the empty slot where it would go. */
    private int slot(String id, int h) {
        int i = h & mask;
        String k;
        while ((k = keys[i]) != null && (hashes[i] != h || !k.equals(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Records that a node of this kind, at this position, carries the id; returns the position where the id
     * was first seen, or {@code -1} when this is its first occurrence.
     */
    long add(String id, int kind, long position) {
        int h = spread(id);
        int i = slot(id, h);
        kinds[i] |= kind;
        if (keys[i] != null) {
            return first[i];
        }
        keys[i] = id;
        hashes[i] = h;
        first[i] = position;
        return -1;
    }

    /** Whether a node of one of these kinds carries the id. */
    boolean has(String id, int anyOfKinds) {
        return (kinds[slot(id, spread(id))] & anyOfKinds) != 0;
    }
}
