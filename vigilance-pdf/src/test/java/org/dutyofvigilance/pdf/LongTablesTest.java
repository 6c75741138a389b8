package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.ObligationFinding;
import org.dutyofvigilance.plan.PlanAssembler;
import org.dutyofvigilance.plan.PlanOptions;
import org.dutyofvigilance.plan.PlanSources;
import org.dutyofvigilance.plan.PlanValue;
import org.junit.jupiter.api.Test;

/** A detail table longer than the body shows is cut, and the plan says how many rows exist and where they are. */
class LongTablesTest {

    @Test
    void longFindingTableIsCutWithANoteNamingTheAttachedFile() throws Exception {
        String json = Files.readString(SummaryAndFiguresTest.FLAGSHIP);
        ChainOfActivities chain = Vigilance.read(json, "flagship.json");
        List<ObligationFinding> many = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            many.add(new ObligationFinding("TEST-RULE-" + String.format("%03d", i), PlanValue.text("test"), "Art. 1",
                    PlanValue.text("high"), "kazi-data", "partner.assessment.date", PlanValue.text("missing"),
                    PlanValue.text("not disclosed")));
        }
        PlanSources sources = PlanSources.of(chain, ChainGraph.of(chain), List.of(),
                InputDocument.of("flagship.json", json.getBytes(StandardCharsets.UTF_8))).withObligationFindings(many);
        var plan = PlanAssembler.assemble(sources, new PlanOptions(Edition.INTERNAL, chain.reportingPeriod().end()));
        String text = PdfTestSupport.text(PdfRenderer.render(plan,
                new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL))).replaceAll("\\s+", " ");
        assertTrue(text.contains("TEST-RULE-299"), "the first 300 rows are listed");
        assertFalse(text.contains("TEST-RULE-300"), "the 301st is not");
        assertTrue(text.contains("Only the first 300 of 301 rows are listed here; the attached file completeness.json"
                + " holds them all."), text);
    }
}
