package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.api.Test;

/**
 * The summary states the verdict, the headline indicators and the highest-priority risks of the assessed
 * flagship; the pass-through and wage-ladder figures come from the measure package; the French edition
 * carries French indicator and risk text; and a confidential pay withholds every figure that rests on it.
 */
class SummaryAndFiguresTest {
    static final Path FLAGSHIP = ExampleChainsTest.EXAMPLES.resolve("flagship.json");

    private static VigilancePlan plan(String json, Edition edition) {
        ChainOfActivities chain = Vigilance.read(json, "flagship.json");
        return Vigilance.plan(Vigilance.assess(chain),
                InputDocument.of("flagship.json", json.getBytes(StandardCharsets.UTF_8)), edition);
    }

    private static byte[] render(String json, RenderOptions.Language language, Edition edition) {
        return PdfRenderer.render(plan(json, edition), new RenderOptions(language, edition));
    }

    /** Text with line breaks and no-break spaces turned into plain spaces. */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void summaryStatesVerdictHeadlinesAndTopRisks() throws Exception {
        byte[] pdf = render(Files.readString(FLAGSHIP), RenderOptions.Language.EN, Edition.PUBLIC);
        assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(pdf));
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        String summary = flat(pages.stream().filter(p -> p.contains("1. Summary") && p.contains("Verdict"))
                .findFirst().orElseThrow());
        assertTrue(summary.contains("incomplete"), summary);
        assertTrue(summary.contains("overall disclosure completeness 76.4%"), summary);
        assertTrue(summary.contains("66.7"), "pay ratio 200000 ÷ 3000: " + summary);
        assertTrue(summary.contains("Company coefficient: not set by the company"), summary);
        assertTrue(summary.contains("11.6%"), "lowest pass-through, annotators paid in EUR: " + summary);
        assertTrue(summary.contains("aurore → lumiere-ia → datalabel → kazi-data"), summary);
        assertTrue(summary.contains("6.6% above"), "living-wage gap of the annotators: " + summary);
        assertTrue(summary.contains("at least 525"), "DataLabel discloses no workforce: " + summary);
        assertTrue(summary.contains("2 of 4 segments"), "harmful content above 5 h/day: " + summary);
        assertTrue(summary.contains("The 5 highest-priority risks"), summary);
        assertTrue(summary.matches(".*1 Kazi Data Services Ltd health and safety 4 4 actual.*"), summary);
        List<String> marks = PdfTestSupport.bookmarks(pdf);
        assertTrue(marks.contains("  1.1 Headline indicators") || marks.stream().anyMatch(m -> m.contains(
                "Headline indicators")), marks.toString());
    }

    @Test
    void passThroughShowsTheFlagshipTwelveDollarsToOneFifty() throws Exception {
        String text = flat(PdfTestSupport.text(render(Files.readString(FLAGSHIP), RenderOptions.Language.EN,
                Edition.PUBLIC)));
        assertTrue(text.contains("12 USD → 1.50 USD (12.5%)"), "the bar of the Kenyan moderators");
        assertTrue(text.contains("12 USD → 1.3935 USD (11.6%)"), "cross-currency: EUR pay against a USD rate");
        assertTrue(text.contains("Groupe Aurore SA → Lumière IA SAS → DataLabel Global Inc. → Kazi Data Services Ltd"),
                "the path of contracts");
    }

    @Test
    void wageLadderMarksTheLivingWageOfTheLowestPaidSegment() throws Exception {
        byte[] pdf = render(Files.readString(FLAGSHIP), RenderOptions.Language.EN, Edition.PUBLIC);
        String text = flat(PdfTestSupport.text(pdf));
        assertTrue(PdfTestSupport.bookmarks(pdf).stream().anyMatch(m -> m.contains("Wage ladder")));
        assertTrue(text.contains("Living wage 2,813 EUR"), "35518 KES a month at the chain's rate, a year");
        assertTrue(text.contains("200,000 EUR") && text.contains("3,000 EUR"), "highest and lowest rung");
        assertTrue(text.contains("This benchmark is a proxy"), "the Naivasha benchmark is a proxy");
    }

    @Test
    void frenchEditionHasFrenchIndicatorAndRiskText() throws Exception {
        byte[] pdf = render(Files.readString(FLAGSHIP), RenderOptions.Language.FR, Edition.PUBLIC);
        assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(pdf));
        String text = flat(PdfTestSupport.text(pdf));
        assertTrue(text.contains("Les 5 risques prioritaires"));
        assertTrue(text.contains("complétude globale des informations : 76,4 %"), "French number format");
        assertTrue(text.contains("Le rôle le mieux rémunéré"), "pay-ratio statement in French");
        assertTrue(text.contains("ampleur 4 selon HARMFUL-CONTENT-HOURS"), "risk justification in French");
        assertTrue(text.contains("probabilité 4 : atteinte avérée"), "risk justification in French");
        assertTrue(text.contains("reçoivent 12.5 % des 12 USD"), "pass-through statement in French");
        assertTrue(text.contains("au-delà de la limite de 5 h"), "harmful-content statement in French");
        assertFalse(text.contains("The best-paid role"), "no English pay-ratio statement");
        assertFalse(text.contains("scale 4 from"), "no English risk justification");
        assertFalse(text.contains("stays with the intermediaries"), "no English pass-through statement");
        assertTrue(text.contains("Salaire vital 2 813 EUR"), "wage ladder with French number format");
    }

    @Test
    void confidentialPayWithholdsEveryFigureRestingOnIt() throws Exception {
        String json = Files.readString(FLAGSHIP).replace("\"id\": \"seg-", "\"confidential\": [\"pay\"], \"id\": \"seg-");
        byte[] pdf = render(json, RenderOptions.Language.EN, Edition.PUBLIC);
        assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(pdf));
        String text = flat(PdfTestSupport.text(pdf));
        assertFalse(text.contains("annual pay) 66.7") || text.contains("66.6667"), "pay ratio rests on the pay");
        assertFalse(text.matches("(?s).*(?<![\\d,])200,?000.*"), "the scientists' pay (not the 4,200,000 lump sum)");
        assertFalse(text.contains("1.50 USD") || text.contains("12.5%") || text.contains("11.6%"), "pass-through");
        assertFalse(text.contains("Wage ladder"), "no rung left to draw");
        assertFalse(text.contains("250 EUR a month"), "living-wage statement");
        assertTrue(text.contains("2 of 4 segments"), "harmful content does not rest on pay");
        byte[] internal = render(json, RenderOptions.Language.EN, Edition.INTERNAL);
        assertTrue(flat(PdfTestSupport.text(internal)).contains("annual pay) 66.7"), "the internal edition shows it");
    }

    @Test
    void theAssessedPlanRendersByteIdentically() {
        String json;
        try {
            json = Files.readString(FLAGSHIP);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (RenderOptions.Language language : RenderOptions.Language.values()) {
            assertArrayEquals(render(json, language, Edition.PUBLIC), render(json, language, Edition.PUBLIC));
        }
    }

    @Test
    void completenessListsTheDataRequestsPerSupplierWithTheirGrounds() throws Exception {
        byte[] pdf = render(Files.readString(FLAGSHIP), RenderOptions.Language.EN, Edition.PUBLIC);
        String text = flat(PdfTestSupport.text(pdf));
        assertTrue(text.contains("Data requests to suppliers"), "sub-section present");
        assertTrue(text.contains("Obligations checked"), "obligations listed before the findings");
        assertTrue(text.contains("Seek contractual assurances from direct business partners"),
                "each obligation with its paraphrase from the rule file");
        assertTrue(text.replace("- ", "-").contains("CSDDD-2026-ART15-PERIODIC (Art. 15)"),
                "each question names its obligation and article");
        assertTrue(text.contains("above the cap"), "Kazi Data Services (850 employees) is protected by the CSRD cap");
        assertTrue(PdfTestSupport.bookmarks(pdf).stream().anyMatch(m -> m.contains("Data requests to suppliers")));
        String fr = flat(PdfTestSupport.text(render(Files.readString(FLAGSHIP), RenderOptions.Language.FR, Edition.PUBLIC)));
        assertTrue(fr.contains("Demandes d’informations aux fournisseurs"), "French heading");
        assertTrue(fr.contains("au-delà du plafond"), "French cap tag");
    }
}
