package org.dutyofvigilance.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;
import org.junit.jupiter.api.Test;

class PlanAssemblerTest {
    private static final LocalDate REPORT = LocalDate.of(2027, 3, 31);

    static ChainOfActivities chain(String rateCurrency, List<String> segmentConfidential) {
        ReportingCompany company = new ReportingCompany("buyer", "Acheteur SA", "FR", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return ChainBuilder.forCompany(company, new ReportingPeriod(LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)), "EUR")
                .partner(BusinessPartner.of("buyer", "Acheteur SA", "FR", PartnerRole.BUYER))
                .partner(BusinessPartner.of("provider", "Fournisseur IA", "FR", PartnerRole.AI_MODEL_PROVIDER))
                .partner(BusinessPartner.of("platform", "Platform", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of("vendor", "Vendor", "KE", PartnerRole.VENDOR))
                .relationship(BusinessRelationship.of("r1", "buyer", "provider", ServiceType.OTHER))
                .relationship(new BusinessRelationship("r2", "provider", "platform", List.of(ServiceType.ANNOTATION),
                        Optional.of(new ContractedRate(new BigDecimal("12"), rateCurrency, RateUnit.WORKER_HOUR)),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
                .relationship(BusinessRelationship.of("r3", "platform", "vendor", ServiceType.ANNOTATION))
                .workforce(new WorkforceSegment("mods", "vendor", "Moderators", new Headcount(Optional.of(200),
                        Optional.empty()), List.of("KE"), List.of(), Optional.empty(),
                        Optional.of(Pay.of("1.5", "USD", PayUnit.HOUR)), WorkingConditions.undisclosed(), List.of(),
                        Optional.empty(), Optional.empty(), segmentConfidential))
                .incident(new Incident("i1", "vendor", Optional.empty(), IncidentKind.DISMISSAL, Optional.empty(),
                        "Organiser dismissed", Optional.of(1), Optional.empty(), List.of("Jane Doe"), List.of()))
                .build();
    }

    static VigilancePlan plan(ChainOfActivities chain, Edition edition) {
        byte[] json;
        try {
            json = StrictJson.mapper().writeValueAsBytes(chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), List.of(),
                InputDocument.of("chain.json", json)), new PlanOptions(edition, REPORT));
    }

    /** Every value and block of the plan, flattened. */
    static List<Object> everything(VigilancePlan plan) {
        List<Object> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            walk(s.blocks(), out);
        }
        return out;
    }

    private static void walk(List<Block> blocks, List<Object> out) {
        for (Block b : blocks) {
            out.add(b);
            switch (b) {
                case Block.SubSection s -> walk(s.blocks(), out);
                case Block.Table t -> t.rows().forEach(out::addAll);
                case Block.Facts f -> f.facts().forEach(x -> out.add(x.value()));
                default -> { }
            }
        }
    }

    @Test
    void sectionsWithoutContentAreAbsentAndTheRestFollowTheOrder() {
        VigilancePlan plan = plan(chain("USD", List.of()), Edition.INTERNAL);
        List<SectionKind> kinds = plan.sections().stream().map(Section::kind).toList();
        assertEquals(List.of(SectionKind.SUMMARY, SectionKind.CHAIN, SectionKind.EVALUATION,
                SectionKind.COMPLETENESS, SectionKind.ANNEX), kinds);
        assertTrue(plan.section(SectionKind.RISK_MAP).isEmpty(), "no risk map was given");
    }

    @Test
    void riskMapInputAddsTheRiskMappingSectionWithAHeatMap() {
        ChainOfActivities chain = chain("USD", List.of());
        VigilancePlan plan = PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), List.of(),
                        InputDocument.of("c.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .withRiskMap(new RiskMap(4, 4, PlanValue.text("method"), List.of(new RiskEntry("k1", "vendor",
                        ImpactCategory.LIVING_WAGE, 4, 3, PlanValue.text("1.5 USD/h"))))),
                new PlanOptions(Edition.INTERNAL, REPORT));
        Section risk = plan.section(SectionKind.RISK_MAP).orElseThrow();
        Figure.HeatMap map = (Figure.HeatMap) risk.blocks().get(0);
        assertEquals(1, map.counts().get(3).get(2));
    }

    @Test
    void passThroughIsShareOfContractRateReachingWorker() {
        List<Object> all = everything(plan(chain("USD", List.of()), Edition.INTERNAL));
        Figure.PassThrough p = all.stream().filter(Figure.PassThrough.class::isInstance)
                .map(Figure.PassThrough.class::cast).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.125").compareTo(p.bars().get(0).share()));
    }

    @Test
    void noPassThroughAcrossCurrencies() {
        List<Object> all = everything(plan(chain("EUR", List.of()), Edition.INTERNAL));
        assertFalse(all.stream().anyMatch(Figure.PassThrough.class::isInstance),
                "EUR rate and USD pay: no conversion is made, so no share is shown");
    }

    @Test
    void publicEditionWithholdsConfidentialFieldsAndNamedIndividuals() {
        VigilancePlan plan = plan(chain("USD", List.of("pay")), Edition.PUBLIC);
        List<Object> all = everything(plan);
        assertTrue(all.contains(PlanValue.WITHHELD));
        assertFalse(all.stream().anyMatch(Figure.PassThrough.class::isInstance), "withheld pay feeds no figure");
        assertFalse(all.toString().contains("Jane Doe"));
        String embedded = new String(plan.attachments().get(0).content(), StandardCharsets.UTF_8);
        assertFalse(embedded.contains("Jane Doe"));
        assertFalse(embedded.contains("\"amount\" : 1.5"), embedded);
    }

    @Test
    void internalEditionShowsNamedIndividuals() {
        assertTrue(everything(plan(chain("USD", List.of("pay")), Edition.INTERNAL)).toString().contains("Jane Doe"));
    }

    @Test
    void unknownFactsAreNotDisclosedNeverZero() {
        List<Object> all = everything(plan(chain("USD", List.of()), Edition.INTERNAL));
        assertTrue(all.contains(PlanValue.NOT_DISCLOSED));
    }

    @Test
    void sameSourcesGiveAnEqualPlan() {
        assertEquals(plan(chain("USD", List.of()), Edition.PUBLIC), plan(chain("USD", List.of()), Edition.PUBLIC));
    }

    @Test
    void inputDocumentRejectsAWrongChecksum() {
        assertThrows(IllegalArgumentException.class, () -> new InputDocument("a", new byte[] {1}, "00"));
    }
}
