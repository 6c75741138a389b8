package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.Figure;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanAssembler;
import org.dutyofvigilance.plan.PlanOptions;
import org.dutyofvigilance.plan.PlanSources;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.RiskEntry;
import org.dutyofvigilance.plan.RiskMap;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.api.Test;

class LargeChainAndFiguresTest {
    private static final RenderOptions EN = new RenderOptions(RenderOptions.Language.EN, Edition.PUBLIC);

    /** A chain of 1 + 4 + 40 + 1,200 entities, one workforce segment per vendor. */
    static ChainOfActivities large() {
        ReportingCompany company = new ReportingCompany("buyer", "Grand Groupe SA", "FR", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        ChainBuilder b = ChainBuilder.forCompany(company, new ReportingPeriod(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), "EUR");
        b.partner(BusinessPartner.of("buyer", "Grand Groupe SA", "FR", PartnerRole.BUYER));
        int rel = 0;
        for (int p = 0; p < 4; p++) {
            b.partner(BusinessPartner.of("prov-" + p, "Provider " + p, "FR", PartnerRole.AI_MODEL_PROVIDER));
            b.relationship(BusinessRelationship.of("r" + rel++, "buyer", "prov-" + p, ServiceType.OTHER));
            for (int q = 0; q < 10; q++) {
                String plat = "plat-" + p + "-" + q;
                b.partner(BusinessPartner.of(plat, "Platform " + p + "-" + q, "US", PartnerRole.DATA_PLATFORM));
                b.relationship(BusinessRelationship.of("r" + rel++, "prov-" + p, plat, ServiceType.ANNOTATION));
                for (int v = 0; v < 30; v++) {
                    String vendor = "ven-" + p + "-" + q + "-" + v;
                    b.partner(BusinessPartner.of(vendor, "Vendor " + vendor, "KE", PartnerRole.VENDOR));
                    b.relationship(BusinessRelationship.of("r" + rel++, plat, vendor, ServiceType.ANNOTATION));
                    b.workforce(new WorkforceSegment("seg-" + vendor, vendor, "Annotators", new Headcount(
                            Optional.of(50), Optional.empty()), List.of("KE"), List.of(ServiceType.ANNOTATION),
                            Optional.empty(), Optional.empty(), WorkingConditions.undisclosed(), List.of(),
                            Optional.empty(), Optional.empty(), List.of()));
                }
            }
        }
        return b.build();
    }

    @Test
    void largeChainIsSummarisedPerTierWithTheDetailInTheAnnex() throws Exception {
        ChainOfActivities chain = large();
        VigilancePlan plan = PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), List.of(),
                InputDocument.of("large.json", "{}".getBytes(StandardCharsets.UTF_8))),
                new PlanOptions(Edition.PUBLIC, LocalDate.of(2027, 3, 31)));
        byte[] pdf = PdfRenderer.render(plan, EN);
        Files.createDirectories(Path.of("target", "sample-plans"));
        Files.write(Path.of("target", "sample-plans", "large-en-public.pdf"), pdf);
        List<String> pages = PdfTestSupport.pageTexts(pdf);
        assertTrue(pages.size() > 40);
        String all = String.join("\n", pages);
        assertTrue(all.contains("entities: 1,200"), "per-tier summary");
        assertTrue(all.contains("60,000 data workers"), "tier 3 headcount summed");
        int last = pages.size();
        assertTrue(pages.get(last - 1).contains("Page " + last + " of " + last));
        // the contracts table starts on page 4 and continues on page 5 under a repeated header
        assertTrue(pages.get(3).contains("2.1 Contracts"), pages.get(3));
        assertTrue(pages.get(4).contains("Customer Supplier Services"), pages.get(4));
    }

    @Test
    void heatMapAndWageLadderAreDrawnWhenTheirDataIsGiven() throws Exception {
        ChainOfActivities chain = FlagshipChain.chain();
        VigilancePlan plan = PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), List.of(),
                        InputDocument.of("flagship.json", FlagshipChain.json(chain)))
                .withRiskMap(new RiskMap(5, 5, PlanValue.text("Test risk map: levels set by hand for this test."),
                        List.of(new RiskEntry("risk-1", "vendor", ImpactCategory.OCCUPATIONAL_HEALTH_SAFETY, 5, 5,
                                PlanValue.text("No psychological support; 8 h/day of harmful content")),
                                new RiskEntry("risk-2", "vendor", ImpactCategory.LIVING_WAGE, 4, 5,
                                        PlanValue.text("1.50 USD/hour")),
                                new RiskEntry("risk-3", "platform", ImpactCategory.FREEDOM_OF_ASSOCIATION, 4, 3,
                                        PlanValue.text("Organiser dismissed")))))
                .withWageLadder(new Figure.WageLadder("EUR", List.of(
                        new Figure.Rung(PlanValue.text("Data scientists (tier 1)"), 1, new BigDecimal("200000")),
                        new Figure.Rung(PlanValue.text("Content moderators (tier 3)"), 3, new BigDecimal("3100"))),
                        Optional.of(new BigDecimal("6000")))),
                new PlanOptions(Edition.PUBLIC, FlagshipChain.REPORT_DATE));
        byte[] pdf = PdfRenderer.render(plan, EN);
        Files.write(Path.of("target", "sample-plans", "figures-en-public.pdf"), pdf);
        String text = PdfTestSupport.text(pdf);
        assertTrue(text.contains("Risk mapping"));
        assertTrue(text.contains("Living wage 6,000 EUR"));
        assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(pdf));
    }
}
