package org.dutyofvigilance.graph;

import java.util.Arrays;

/**
 * Ids numbered in the order they are first added: open addressing over one {@code long[]} of slots (the
 * id's hash in the high half, its number in the low half), the ids in a dense array by number; no entry
 * object, no boxing, one random memory access per probe that misses. Not thread-safe while it is filled;
 * read-only afterwards.
 *
 * <p>A building block shared by the graph and the structural check, so that the chain's ids are hashed by one
 * implementation; not needed to use the library.
 */
public final class IdTable {
    private long[] slots;
    private int mask;
    private String[] byNumber;
    private int size;

    /** An empty table sized for about this many ids. */
    public IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        byNumber = new String[Math.max(4, expected)];
    }

    private static int spread(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The number of the id, or {@code -(slot + 1)} for the empty slot where it would go. */
    private int find(String id, int h) {
        int i = h & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if ((int) (s >>> 32) == h) {
                int number = (int) s - 1;
                if (byNumber[number].equals(id)) {
                    return number;
                }
            }
            i = (i + 1) & mask;
        }
        return -(i + 1);
    }

    /** The number of the id, or {@code -1} when it was never added (or is null). */
    public int get(String id) {
        if (id == null) {
            return -1;
        }
        int number = find(id, spread(id));
        return number >= 0 ? number : -1;
    }

    /** The number of the id, given the next number when it is new. */
    public int add(String id) {
        int h = spread(id);
        int number = find(id, h);
        if (number >= 0) {
            return number;
        }
        if (size == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, size * 2);
        }
        slots[-number - 1] = ((long) h << 32) | (size + 1L);
        byNumber[size] = id;
        if (++size * 2 > slots.length) {
            grow();
        }
        return size - 1;
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

    /** How many ids. */
    public int size() {
        return size;
    }

    /** The id with this number. */
    public String id(int number) {
        return byNumber[number];
    }
}
