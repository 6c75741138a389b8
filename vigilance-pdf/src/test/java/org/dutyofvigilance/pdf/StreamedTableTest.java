package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.SectionKind;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.api.Test;

/** A streamed table is drawn exactly like the same rows held in a list, rows made only as they are drawn. */
class StreamedTableTest {
    private static final List<String> HEADERS = List.of("col.id", "col.kind", "col.description", "col.concerns");
    private static final List<Integer> WIDTHS = List.of(3, 2, 8, 4);
    private static final RenderOptions OPTIONS = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);

    private static List<PlanValue> row(int i) {
        return List.of(PlanValue.text("node-" + i), PlanValue.text(i % 3 == 0 ? "entity" : "evidence"),
                PlanValue.text("Description of node " + i + (i % 7 == 0 ? " with a longer text that wraps over two"
                        + " lines of the description column when it is drawn" : "")),
                i % 5 == 0 ? PlanValue.NOT_DISCLOSED : PlanValue.text("about-" + (i / 2)));
    }

    private static VigilancePlan annexPlan(Block.Table table) {
        VigilancePlan flagship = FlagshipChain.plan(Edition.INTERNAL);
        return new VigilancePlan(flagship.cover(), List.of(new Section(SectionKind.ANNEX, List.of(table))),
                flagship.attachments());
    }

    @Test
    void streamedRowsGiveTheSameBytesAsHeldRows() throws Exception {
        int n = 1_234;
        List<List<PlanValue>> held = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            held.add(row(i));
        }
        AtomicInteger made = new AtomicInteger();
        Block.Table streamed = Block.Table.streamed(HEADERS, WIDTHS, n, i -> {
            made.incrementAndGet();
            return row(i);
        });
        assertEquals(0, made.get(), "no row is made before the table is drawn");
        byte[] fromStream = PdfRenderer.render(annexPlan(streamed), OPTIONS);
        byte[] fromList = PdfRenderer.render(annexPlan(new Block.Table(HEADERS, WIDTHS, held)), OPTIONS);
        assertArrayEquals(fromList, fromStream);
        assertTrue(made.get() >= n, "every row was made");
        String text = PdfTestSupport.text(fromStream);
        assertTrue(text.contains("node-1233"), "the last row is drawn");
        List<String> pages = PdfTestSupport.pageTexts(fromStream);
        int last = pages.size();
        assertTrue(pages.get(last - 1).contains("Page " + last + " of " + last), pages.get(last - 1));
        assertTrue(PdfTestSupport.pdfa3bFailures(fromStream).isEmpty(), "PDF/A-3B");
    }
}
