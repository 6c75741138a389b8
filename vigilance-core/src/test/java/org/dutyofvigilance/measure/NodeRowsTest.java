package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeRowsTest {

    private static List<Integer> list(NodeRows.Rows r) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            l.add(r.get(i));
        }
        return l;
    }

    @Test
    void rowsKeepTheirOrderPerNodeBeforeAndAfterPacking() {
        NodeRows rows = new NodeRows(4);
        rows.add(2, 10);
        rows.add(0, 11);
        rows.add(2, 12);
        NodeRows worker = new NodeRows(4);
        worker.add(2, 0);
        worker.add(3, 1);
        rows.absorb(worker, 100);
        assertEquals(List.of(10, 12, 100), list(rows.at(2)));
        assertEquals(List.of(101), list(rows.at(3)));
        assertEquals(List.of(), list(rows.at(1)));
        assertEquals(List.of(), list(rows.at(-1)));
        rows.pack();
        assertEquals(List.of(11), list(rows.at(0)));
        assertEquals(List.of(), list(rows.at(1)));
        assertEquals(List.of(10, 12, 100), list(rows.at(2)));
        assertEquals(List.of(101), list(rows.at(3)));
        assertThrows(IllegalStateException.class, () -> rows.add(1, 5), "packed rows take no more");
        assertThrows(IllegalStateException.class, () -> rows.at(2).add(5), "a packed run is read-only");
        assertThrows(IndexOutOfBoundsException.class, () -> rows.at(3).get(1), "a run ends where its node's do");
    }
}
