package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    private static final RenderOptions EN_PUBLIC = new RenderOptions(RenderOptions.Language.EN, Edition.PUBLIC);
    private static final RenderOptions FR_PUBLIC = new RenderOptions(RenderOptions.Language.FR, Edition.PUBLIC);
    private static final RenderOptions EN_INTERNAL = new RenderOptions(RenderOptions.Language.EN, Edition.INTERNAL);

    private static String normalise(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("[ \\t\\r\\n]+", " ");
    }

    @Test
    void everySectionAppearsInOrderAfterCoverAndContents() throws Exception {
        byte[] pdf = PdfRenderer.render(FlagshipChain.plan(Edition.PUBLIC), EN_PUBLIC);
        String text = normalise(PdfTestSupport.text(pdf));
        List<String> order = List.of("Vigilance plan 2026", "Contents", "1. Summary", "2. The chain of activities",
                "3. Regular evaluation of partners", "4. Prevention, mitigation and corrective actions",
                "5. Alert mechanism and complaints", "6. Stakeholder engagement", "7. Monitoring",
                "8. Disclosure completeness", "9. Annex");
        int at = -1;
        for (String heading : order) {
            // headings appear once in the contents and once as the section title: take the last
            int next = heading.equals("Contents") || heading.startsWith("Vigilance") ? text.indexOf(heading)
                    : text.lastIndexOf(heading);
            assertTrue(next > at, heading + " out of order or missing");
            at = next;
        }
        List<String> marks = PdfTestSupport.bookmarks(pdf);
        assertFalse(marks.stream().anyMatch(m -> m.contains("Risk mapping")), "no risk map was given: no section");
        assertFalse(marks.stream().anyMatch(m -> m.contains("Scope")), "no scope was given");
        assertTrue(text.contains("1. Risk mapping Risk mapping not in this plan"), "the summary says it is missing");
    }

    @Test
    void figuresFromTheChainArePrinted() throws Exception {
        String text = normalise(PdfTestSupport.text(PdfRenderer.render(FlagshipChain.plan(Edition.INTERNAL),
                EN_INTERNAL)));
        assertTrue(text.contains("12 USD / worker-hour"), "contracted rate");
        assertTrue(text.contains("1.50 USD / hour"), "Kenyan moderators' pay");
        assertTrue(text.contains("2.20 USD / hour"), "foreign moderators' pay");
        assertTrue(text.contains("45 h/week"), "hours");
        assertTrue(text.contains("50 s per item"), "time per item");
        assertTrue(text.contains("200,000 EUR / year"), "data scientist");
        assertTrue(text.contains("12.5%"), "pass-through of 1.5 on 12");
        assertTrue(text.contains("185"), "petitioners");
        assertTrue(text.contains("pay and conditions"), "NDA scope");
        assertTrue(text.contains("not disclosed"), "unknowns shown as not disclosed");
        assertTrue(text.contains("Daniel SECRETNAME"), "the internal edition names individuals");
        assertTrue(text.contains("ECB reference rate"), "exchange-rate source in the annex");
    }

    @Test
    void frenchEditionUsesFrenchLabelsNumbersAndDates() throws Exception {
        String text = normalise(PdfTestSupport.text(PdfRenderer.render(FlagshipChain.plan(Edition.PUBLIC), FR_PUBLIC)));
        assertTrue(text.contains("Plan de vigilance 2026"));
        assertTrue(text.contains("Sommaire"));
        assertTrue(text.contains("La chaîne d’activités"));
        assertTrue(text.contains("Mécanisme d’alerte et de recueil des signalements"));
        assertTrue(text.contains("Évaluation régulière des partenaires"));
        assertTrue(text.contains("1,50 USD / heure"));
        assertTrue(text.contains("12 USD / heure travaillée"));
        assertTrue(text.contains("200 000 EUR / an"));
        assertTrue(text.contains("31 mars 2027"));
        assertTrue(text.contains("non communiqué"));
        assertTrue(text.matches("(?s).*Page 2 sur \\d+.*"));
        assertTrue(text.contains("Société Générale d’Énergie et Réseaux SA"), "accents survive embedding");
    }

    @Test
    void publicEditionHoldsNoConfidentialStringInTextOrAttachments() throws Exception {
        byte[] pdf = PdfRenderer.render(FlagshipChain.plan(Edition.PUBLIC), EN_PUBLIC);
        String text = PdfTestSupport.text(pdf);
        Map<String, String> files = PdfTestSupport.embeddedFiles(pdf);
        assertEquals(2, files.size());
        for (String secret : FlagshipChain.SECRETS) {
            assertFalse(text.contains(secret), secret + " in the public text");
            for (Map.Entry<String, String> f : files.entrySet()) {
                assertFalse(f.getValue().contains(secret), secret + " in " + f.getKey());
            }
        }
        assertTrue(text.contains("withheld in the public edition"));
        assertFalse(files.get("chain-public.json").contains("namedIndividuals"));
    }

    @Test
    void internalEditionEmbedsTheInputUnchanged() throws Exception {
        byte[] pdf = PdfRenderer.render(FlagshipChain.plan(Edition.INTERNAL), EN_INTERNAL);
        Map<String, String> files = PdfTestSupport.embeddedFiles(pdf);
        assertEquals(new String(FlagshipChain.json(FlagshipChain.chain()), java.nio.charset.StandardCharsets.UTF_8),
                files.get("chain.json"));
        assertTrue(files.get("findings.json").contains("STRUCT-MISSING-HEADCOUNT"));
    }

    @Test
    void sameInputGivesSameBytes() {
        VigilancePlan plan = FlagshipChain.plan(Edition.PUBLIC);
        byte[] first = PdfRenderer.render(plan, FR_PUBLIC);
        byte[] second = PdfRenderer.render(FlagshipChain.plan(Edition.PUBLIC), FR_PUBLIC);
        assertArrayEquals(first, second);
    }

    @Test
    void everySectionAndSubSectionHasABookmark() throws Exception {
        List<String> marks = PdfTestSupport.bookmarks(PdfRenderer.render(FlagshipChain.plan(Edition.PUBLIC),
                EN_PUBLIC));
        assertEquals("1. Summary", marks.get(0));
        assertTrue(marks.contains("2. The chain of activities"));
        assertTrue(marks.contains("  2.5 Pass-through: contracted rate and take-home pay"), marks.toString());
        assertTrue(marks.contains("9. Annex"));
        assertTrue(marks.contains("  9.1 Methodology"));
    }

    @Test
    void isPdfA3bCompliant() throws Exception {
        for (RenderOptions options : List.of(EN_PUBLIC, FR_PUBLIC)) {
            List<String> failures = PdfTestSupport.pdfa3bFailures(PdfRenderer.render(
                    FlagshipChain.plan(Edition.PUBLIC), options));
            assertEquals(List.of(), failures);
        }
        assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(PdfRenderer.render(
                FlagshipChain.plan(Edition.INTERNAL), EN_INTERNAL)));
    }

    @Test
    void validatorRejectsAPlainPdfSoItsVerdictMeansSomething() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document doc = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new org.openpdf.text.Paragraph("Helvetica, not embedded, no XMP, no output intent"));
        doc.close();
        assertFalse(PdfTestSupport.pdfa3bFailures(out.toByteArray()).isEmpty());
    }

    @Test
    void refusesToRenderAnInternalPlanAsPublic() {
        assertThrows(IllegalArgumentException.class,
                () -> PdfRenderer.render(FlagshipChain.plan(Edition.INTERNAL), EN_PUBLIC));
    }
}
