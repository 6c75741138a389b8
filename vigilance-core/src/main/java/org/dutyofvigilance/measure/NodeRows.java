package org.dutyofvigilance.measure;

import java.util.Arrays;

/**
 * Indicator rows kept by graph node (the wage gaps and equal-pay checks of each entity, which its Fairwork and
 * PAI points cite). While measuring, rows are added to one array with a link from each to the next of its
 * node (no object per node); once {@link #pack packed}, each node's rows are a run of one array, in the order
 * they were added, read by index: {@code row(k)} for {@code from(node) <= k < to(node)}.
 */
final class NodeRows {
    private final int nodes;
    /** While adding: the first and last entry of each node (-1 for none), each entry's row and next entry. */
    private int[] head;
    private int[] tail;
    private int[] row;
    private int[] next;
    private int count;
    /** Once packed: the start of each node's run (and the end of the last) and the rows. */
    private int[] start;
    private int[] packed;

    NodeRows(int nodes) {
        this(nodes, 16);
    }

    /** Rows of {@code nodes} graph nodes, with room for {@code expected} rows before the arrays grow. */
    NodeRows(int nodes, int expected) {
        this.nodes = nodes;
        head = new int[nodes];
        tail = new int[nodes];
        Arrays.fill(head, -1);
        int room = Math.max(16, expected);
        row = new int[room];
        next = new int[room];
    }

    /** Adds a row to a node's rows (before packing). */
    void add(int node, int r) {
        if (head == null) {
            throw new IllegalStateException("rows are added before they are packed");
        }
        if (count == row.length) {
            int room = count + (count >> 1);
            row = Arrays.copyOf(row, room);
            next = Arrays.copyOf(next, room);
        }
        row[count] = r;
        next[count] = -1;
        if (head[node] < 0) {
            head[node] = count;
        } else {
            next[tail[node]] = count;
        }
        tail[node] = count++;
    }

    /** Appends another's rows, each moved by {@code offset}, after this one's, node by node (before packing). */
    void absorb(NodeRows other, int offset) {
        for (int node = 0; node < other.nodes; node++) {
            for (int k = other.head[node]; k >= 0; k = other.next[k]) {
                add(node, other.row[k] + offset);
            }
        }
    }

    /** Puts each node's rows in a run of one array; no row can be added afterwards. */
    void pack() {
        if (head == null) {
            return;
        }
        int[] s = new int[nodes + 1];
        int[] all = new int[count];
        int at = 0;
        for (int node = 0; node < nodes; node++) {
            s[node] = at;
            for (int k = head[node]; k >= 0; k = next[k]) {
                all[at++] = row[k];
            }
        }
        s[nodes] = at;
        start = s;
        packed = all;
        head = null;
        tail = null;
        row = null;
        next = null;
    }

    /** Where a node's run starts (after packing); -1 gives an empty run. */
    int from(int node) {
        packed();
        return node < 0 ? 0 : start[node];
    }

    /** Where a node's run ends (after packing). */
    int to(int node) {
        packed();
        return node < 0 ? 0 : start[node + 1];
    }

    /** The k-th row of the packed runs. */
    int row(int k) {
        return packed[k];
    }

    private void packed() {
        if (start == null) {
            throw new IllegalStateException("rows are read once they are packed");
        }
    }
}
