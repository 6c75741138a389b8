package org.dutyofvigilance.check;

import java.util.Arrays;
import org.dutyofvigilance.graph.IdTable;

/**
 * Every id of the chain, hashed once: for each id, where it was first seen (list number and position) and
 * the kinds of node that carry it. Built by {@link IdentityRules} and read by {@link ReferenceRules}, so
 * that the ids are not hashed into one set per kind of reference.
 *
 * <p>The ids are numbered by the graph's {@link IdTable}; their facts sit in dense arrays by that number: no
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

    private final IdTable table;
    private long[] first;
    private int[] kinds;

    IdIndex(int expected) {
        table = new IdTable(expected);
        int dense = Math.max(4, expected);
        first = new long[dense];
        kinds = new int[dense];
    }

    /**
     * Records that a node of this kind, at this position, carries the id; returns the position where the id
     * was first seen, or {@code -1} when this is its first occurrence.
     */
    long add(String id, int kind, long position) {
        int size = table.size();
        int entry = table.add(id);
        if (entry < size) {
            kinds[entry] |= kind;
            return first[entry];
        }
        if (entry == first.length) {
            first = Arrays.copyOf(first, entry * 2);
            kinds = Arrays.copyOf(kinds, entry * 2);
        }
        first[entry] = position;
        kinds[entry] = kind;
        return -1;
    }

    /** Whether a node of one of these kinds carries the id. */
    boolean has(String id, int anyOfKinds) {
        int entry = table.get(id);
        return entry >= 0 && (kinds[entry] & anyOfKinds) != 0;
    }
}
