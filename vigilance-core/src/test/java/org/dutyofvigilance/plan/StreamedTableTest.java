package org.dutyofvigilance.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of a streamed table are made when read, checked then, and equal to the same rows held. */
class StreamedTableTest {
    private static final List<String> HEADERS = List.of("col.id", "col.name");
    private static final List<Integer> WIDTHS = List.of(1, 2);

    @Test
    void rowsAreMadeOnReadAndEqualHeldRows() {
        List<List<PlanValue>> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(List.of(PlanValue.text("n" + i), new PlanValue.Count(i)));
        }
        Block.Table streamed = Block.Table.streamed(HEADERS, WIDTHS, 5,
                i -> List.of(PlanValue.text("n" + i), new PlanValue.Count(i)));
        assertEquals(5, streamed.rows().size());
        assertEquals(held, streamed.rows());
        assertEquals(new Block.Table(HEADERS, WIDTHS, held).rows(), streamed.rows());
        assertThrows(IndexOutOfBoundsException.class, () -> streamed.rows().get(5));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsFailsWhenRead() {
        Block.Table streamed = Block.Table.streamed(HEADERS, WIDTHS, 3,
                i -> i == 2 ? List.of(PlanValue.text("only one")) : List.of(PlanValue.text("a"), PlanValue.text("b")));
        assertEquals(List.of(PlanValue.text("a"), PlanValue.text("b")), streamed.rows().get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> streamed.rows().get(2));
        assertEquals("row 2 has 1 cells, expected 2", e.getMessage());
    }

    @Test
    void headersAndRowWidthMustAgreeAndTheCountCannotBeNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> Block.Table.streamed(HEADERS, WIDTHS, -1, i -> List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Block.Table.streamed(HEADERS, List.of(1), 1, i -> List.of()));
    }
}
