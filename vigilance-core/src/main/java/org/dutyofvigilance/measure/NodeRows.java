package org.dutyofvigilance.measure;

import java.util.Arrays;

/**
 * Indicator rows kept by graph node (the wage gaps and equal-pay checks of each entity, which its Fairwork and
 * PAI points cite): a growable list per node while measuring, then, once {@link #pack packed}, all of them in
 * one array with the start of each node's run, so that a report of a million nodes keeps two arrays instead of
 * hundreds of thousands of small lists.
 */
final class NodeRows {
    private Rows[] growing;
    private int[] start;
    private int[] packed;

    NodeRows(int nodes) {
        growing = new Rows[nodes];
    }

    /** Adds a row to a node's list (before packing). */
    void add(int node, int row) {
        if (growing == null) {
            throw new IllegalStateException("rows are added before they are packed");
        }
        Rows r = growing[node];
        if (r == null) {
            r = new Rows();
            growing[node] = r;
        }
        r.add(row);
    }

    /** The rows of a node, in the order added; none for -1 or a node without rows. */
    Rows at(int node) {
        if (node < 0) {
            return Rows.NONE;
        }
        if (growing != null) {
            Rows r = growing[node];
            return r == null ? Rows.NONE : r;
        }
        int from = start[node];
        int to = start[node + 1];
        return from == to ? Rows.NONE : new Rows(packed, from, to - from);
    }

    /** Appends another's rows, each moved by {@code offset}, after this one's, node by node (before packing). */
    void absorb(NodeRows other, int offset) {
        for (int node = 0; node < other.growing.length; node++) {
            Rows w = other.growing[node];
            if (w == null) {
                continue;
            }
            for (int i = 0; i < w.size(); i++) {
                add(node, w.get(i) + offset);
            }
        }
    }

    /** Puts every node's rows into one array; no row can be added afterwards. */
    void pack() {
        if (growing == null) {
            return;
        }
        int nodes = growing.length;
        int[] s = new int[nodes + 1];
        for (int node = 0; node < nodes; node++) {
            s[node + 1] = s[node] + (growing[node] == null ? 0 : growing[node].size());
        }
        int[] all = new int[s[nodes]];
        for (int node = 0; node < nodes; node++) {
            Rows r = growing[node];
            if (r != null) {
                System.arraycopy(r.rows, 0, all, s[node], r.size);
            }
        }
        start = s;
        packed = all;
        growing = null;
    }

    /** A list of rows: growable, or a read-only run of a packed array. */
    static final class Rows {
        static final Rows NONE = new Rows(new int[0], 0, 0);
        private int[] rows;
        private final int from;
        private int size;

        Rows() {
            this(new int[2], 0, 0);
        }

        private Rows(int[] rows, int from, int size) {
            this.rows = rows;
            this.from = from;
            this.size = size;
        }

        void add(int row) {
            if (this == NONE || from != 0 || rows.length == 0) {
                throw new IllegalStateException("this list of rows takes no rows");
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }

        int get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i);
            }
            return rows[from + i];
        }

        int size() {
            return size;
        }
    }
}
