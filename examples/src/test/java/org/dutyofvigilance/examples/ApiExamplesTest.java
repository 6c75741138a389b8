package org.dutyofvigilance.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.completeness.Verdict;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Edition;
import org.junit.jupiter.api.Test;

class ApiExamplesTest {
    private static final Path FLAGSHIP = Path.of("chains", "flagship.json");

    @Test
    void chainBuiltFromErpRowsIsAssessed() {
        Assessment a = BuildChainFromErpRows.run();
        assertTrue(a.structurallyValid(), a.structuralFindings().toString());
        assertEquals(Verdict.INCOMPLETE, a.verdict(), "the platform's rate to the vendor was left blank");
        assertTrue(a.indicators().orElseThrow().risks().size() > 0);
        assertTrue(a.chain().relationships().get(2).contractedRate().isEmpty(), "a blank ERP cell is not zero");
    }

    @Test
    void checkingTheFlagshipListsGapsRisksAndRequests() {
        CheckAChain.Summary s = CheckAChain.run(FLAGSHIP);
        assertEquals("INCOMPLETE", s.verdict());
        assertTrue(s.gaps() > 0);
        assertEquals(5, s.topRisks().size());
        assertTrue(s.dataRequestsCsv().startsWith("supplier_id,"));
    }

    @Test
    void serverRendersInMemoryAndIdenticallyFromEightThreads() throws Exception {
        byte[] upload = Files.readAllBytes(FLAGSHIP);
        byte[] single = RenderPlanInAServer.handle("flagship.json", new ByteArrayInputStream(upload),
                RenderOptions.Language.FR, Edition.PUBLIC);
        try (PDDocument doc = Loader.loadPDF(single)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Groupe Aurore SA"));
            assertFalse(text.contains("Joseph Mwangi Kariuki"), "the public edition names no individual");
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> RenderPlanInAServer.handle("flagship.json", new ByteArrayInputStream(upload),
                        RenderOptions.Language.FR, Edition.PUBLIC)));
            }
            for (Future<byte[]> f : renders) {
                assertArrayEquals(single, f.get(), "eight concurrent renders equal the single-thread render");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
