package org.dutyofvigilance.graph;

import java.util.Arrays;

/**
 * Ids numbered in the order they are first added: open addressing over plain arrays, no entry object, no
 * boxing. Not thread-safe while it is filled; read-only afterwards.
 */
final class IdTable {
    private String[] keys;
    /** The spread hash of each key: most probes that miss end on a hash compare, without touching the String. */
    private int[] hashes;
    private int[] numbers;
    private int mask;
    private String[] byNumber;
    private int size;

    IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        numbers = new int[capacity];
        mask = capacity - 1;
        byNumber = new String[Math.max(4, expected)];
    }

    private static int spread(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The number of the id, or {@code -1} when it was never added (or is null). */
    int get(String id) {
        if (id == null) {
            return -1;
        }
        int h = spread(id);
        int i = h & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(id)) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The number of the id, given the next number when it is new. */
    int add(String id) {
        int h = spread(id);
        int i = h & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (hashes[i] == h && k.equals(id)) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
        if (size == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, size * 2);
        }
        keys[i] = id;
        hashes[i] = h;
        numbers[i] = size;
        byNumber[size] = id;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        keys = new String[oldKeys.length * 2];
        hashes = new int[keys.length];
        numbers = new int[keys.length];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    /** How many ids. */
    int size() {
        return size;
    }

    /** The id with this number. */
    String id(int number) {
        return byNumber[number];
    }
}
