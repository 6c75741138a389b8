package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.json.ChainJson;
import org.junit.jupiter.api.Test;

class PointWordingFrTest {
    @Test
    void everyFairworkAndPaiStatementOfEveryExampleHasAFrenchWording() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (var files = Files.list(TestChains.EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (Indicator i : Measures.measure(ChainJson.read(file)).indicators()) {
                    if (i.code().startsWith("FAIRWORK-") && !i.code().equals("FAIRWORK-SCORE") || i.code().startsWith("PAI-")) {
                        seen++;
                        if (i.statementFr().isEmpty()) {
                            missing.add(file.getFileName() + " " + i.id() + ": " + i.statement());
                        } else {
                            String fr = i.statementFr().get();
                            assertFalse(fr.equals(i.statement()), fr);
                            assertTrue(fr.contains(" pour ") && fr.contains(" — "), fr);
                        }
                    }
                }
            }
        }
        assertTrue(seen > 50, "the examples have Fairwork and PAI points: " + seen);
        assertEquals(List.of(), missing);
    }

    @Test
    void composedReasonsAreTranslatedPartByPart() {
        assertEquals("selon les faits, il n’est pas vrai que les travailleurs ont accès à une représentation",
                PointWordingFr.reason("the facts say it is not so that workers have access to representation"));
        assertEquals("il n’est pas communiqué si les conditions générales sont claires et accessibles ; en tout état de"
                + " cause, ce point suppose le 3.1, qui n’est pas étayé", PointWordingFr.reason(
                "whether terms and conditions are clear and accessible is not disclosed; in any case the point requires"
                        + " 3.1, which is not evidenced"));
        assertEquals("l’incident inc-7 montre une sortie brutale", PointWordingFr.reason("incident inc-7 shows an abrupt exit"));
        assertNull(PointWordingFr.reason("a reason nobody translated"));
        assertNull(PointWordingFr.statement("Fairwork Cloudwork 1.1", "t", "X", IndicatorStatus.MET, "untranslated"));
    }
}
