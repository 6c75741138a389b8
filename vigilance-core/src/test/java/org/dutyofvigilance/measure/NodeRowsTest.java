package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeRowsTest {

    private static List<Integer> list(NodeRows rows, int node) {
        List<Integer> l = new ArrayList<>();
        for (int k = rows.from(node); k < rows.to(node); k++) {
            l.add(rows.row(k));
        }
        return l;
    }

    @Test
    void rowsKeepTheirOrderPerNodeOncePacked() {
        NodeRows rows = new NodeRows(4);
        rows.add(2, 10);
        rows.add(0, 11);
        rows.add(2, 12);
        NodeRows worker = new NodeRows(4);
        worker.add(2, 0);
        worker.add(3, 1);
        worker.add(2, 2);
        rows.absorb(worker, 100);
        assertThrows(IllegalStateException.class, () -> rows.from(2), "rows are read once packed");
        rows.pack();
        assertEquals(List.of(11), list(rows, 0));
        assertEquals(List.of(), list(rows, 1));
        assertEquals(List.of(10, 12, 100, 102), list(rows, 2));
        assertEquals(List.of(101), list(rows, 3));
        assertEquals(List.of(), list(rows, -1));
        assertThrows(IllegalStateException.class, () -> rows.add(1, 5), "packed rows take no more");
    }

    @Test
    void manyRowsGrowTheEntries() {
        NodeRows rows = new NodeRows(3);
        for (int i = 0; i < 1000; i++) {
            rows.add(i % 3, i);
        }
        rows.pack();
        assertEquals(334, rows.to(0) - rows.from(0));
        assertEquals(999, rows.row(rows.to(0) - 1));
        assertEquals(List.of(2, 5, 8), list(rows, 2).subList(0, 3));
    }
}
