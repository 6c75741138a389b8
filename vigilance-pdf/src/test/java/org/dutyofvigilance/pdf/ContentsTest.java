package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.SectionKind;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.api.Test;

/** The contents list a section's sub-sections up to a limit; past it, only the section (bookmarks keep all). */
class ContentsTest {
    private static final RenderOptions OPTIONS = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);

    private static byte[] planWith(int mechanisms) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= mechanisms; i++) {
            blocks.add(new Block.SubSection(PlanValue.text("Mechanism number " + i), List.of(new Block.Facts(List.of(
                    new Block.Fact("alerts.operator", PlanValue.text("Operator " + i)))))));
        }
        VigilancePlan flagship = FlagshipChain.plan(Edition.INTERNAL);
        return PdfRenderer.render(new VigilancePlan(flagship.cover(),
                List.of(new Section(SectionKind.ALERTS, blocks)), List.of()), OPTIONS);
    }

    @Test
    void subSectionsAreListedUpToTheLimit() throws Exception {
        byte[] pdf = planWith(PlanLayout.TOC_MAX_SUBSECTIONS);
        String contents = PdfTestSupport.pageTexts(pdf).get(1);
        assertTrue(contents.contains("1.40 Mechanism number 40"), contents);
        assertTrue(contents.matches("(?s).*1\\.1 Mechanism number 1\\s+3\\b.*"), contents);
    }

    @Test
    void pastTheLimitOnlyTheSectionIsListedAndEveryBookmarkRemains() throws Exception {
        int n = PlanLayout.TOC_MAX_SUBSECTIONS + 1;
        byte[] pdf = planWith(n);
        String contents = PdfTestSupport.pageTexts(pdf).get(1);
        assertTrue(contents.matches("(?s).*1\\. Alert mechanism.*\\s3\\b.*"), contents);
        assertFalse(contents.contains("Mechanism number"), contents);
        List<String> bookmarks = PdfTestSupport.bookmarks(pdf);
        assertEquals(n + 1, bookmarks.size(), bookmarks.toString());
        assertTrue(PdfTestSupport.text(pdf).contains("1.41 Mechanism number 41"));
    }
}
