package org.dutyofvigilance.measure;

import static org.dutyofvigilance.measure.TestChains.PLATFORM;
import static org.dutyofvigilance.measure.TestChains.PROVIDER;
import static org.dutyofvigilance.measure.TestChains.VENDOR;
import static org.dutyofvigilance.measure.TestChains.conditions;
import static org.dutyofvigilance.measure.TestChains.hours;
import static org.dutyofvigilance.measure.TestChains.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PlatformPractices;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    private static Indicator get(IndicatorReport report, String id) {
        return report.indicator(id).orElseThrow(() -> new AssertionError("no indicator " + id + " among "
                + report.indicators().stream().map(Indicator::id).toList()));
    }

    private static void assertValue(String expected, Indicator i) {
        assertTrue(i.value().isKnown(), () -> i.id() + " is unknown: " + i.value().unknownReason().orElse(""));
        assertEquals(0, new BigDecimal(expected).compareTo(i.value().value().orElseThrow()),
                () -> i.id() + " = " + i.value().text());
    }

    @Test
    void passThroughIsShareOfContractRateReachingWorker() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-ke", VENDOR, 36, "KE", ServiceType.ANNOTATION, Pay.of("1.5", "USD",
                        PayUnit.HOUR), hours("45")))
                .build();
        Indicator pt = get(Measures.measure(chain), "PASS-THROUGH:seg-ke@r1/r2/r3");
        assertValue("12.5", pt);
        assertEquals("%", pt.value().unit());
        assertEquals(IndicatorStatus.INFORMATIVE, pt.status());
        assertTrue(pt.statement().contains("12.5 %"), pt.statement());
        assertTrue(pt.inputs().stream().anyMatch(in -> in.from().equals("r2.contractedRate")
                && in.value().equals("12 USD")));
        assertTrue(pt.sources().contains(Sources.TIME_SAMA_OPENAI));

        IndicatorReport judged = Measures.measure(chain, MeasureParameters.defaults()
                .withMinimumPassThroughPercent(new BigDecimal("50")));
        assertEquals(IndicatorStatus.ADVERSE, get(judged, "PASS-THROUGH:seg-ke@r1/r2/r3").status());
    }

    @Test
    void passThroughShowsTheShareKeptAtEachHop() {
        // provider pays the platform 12 USD/h, the platform pays the vendor 4 USD/h, the worker gets 1.5 USD/h
        ChainOfActivities chain = TestChains.builder("EUR")
                .partner(BusinessPartner.of(PROVIDER, "Modèle SAS", "FR", PartnerRole.AI_MODEL_PROVIDER))
                .partner(BusinessPartner.of(PLATFORM, "Plateforme Inc.", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of(VENDOR, "Vendor Ltd", "KE", PartnerRole.VENDOR))
                .relationship(BusinessRelationship.of("r1", TestChains.BUYER, PROVIDER, ServiceType.OTHER))
                .relationship(TestChains.rated("r2", PROVIDER, PLATFORM, "12", "USD",
                        org.dutyofvigilance.model.RateUnit.WORKER_HOUR))
                .relationship(TestChains.rated("r3", PLATFORM, VENDOR, "4", "USD",
                        org.dutyofvigilance.model.RateUnit.WORKER_HOUR))
                .workforce(segment("seg-ke", VENDOR, 36, "KE", ServiceType.ANNOTATION, Pay.of("1.5", "USD",
                        PayUnit.HOUR), hours("45")))
                .build();
        Indicator pt = get(Measures.measure(chain), "PASS-THROUGH:seg-ke@r1/r2/r3");
        assertValue("12.5", pt);
        assertTrue(pt.inputs().contains(new Input("share passed on to vendor", "33.3333 %", "r3.contractedRate")),
                pt.inputs().toString());
    }

    @Test
    void passThroughConvertsAPerTaskRateWithTheWorkersTaskTime() {
        // 0.20 USD per task, 6 minutes a task: 2 USD per worker-hour; the worker gets 0.5 USD/h = 25 %
        ChainOfActivities chain = TestChains.builder("EUR")
                .partner(BusinessPartner.of(PLATFORM, "Plateforme", "US", PartnerRole.DATA_PLATFORM))
                .relationship(TestChains.rated("r1", TestChains.BUYER, PLATFORM, "0.20", "USD",
                        org.dutyofvigilance.model.RateUnit.TASK))
                .workforce(segment("seg", PLATFORM, 10, "VE", ServiceType.ANNOTATION,
                        new Pay(new BigDecimal("0.05"), "USD", PayUnit.TASK, Optional.of(new BigDecimal("6"))),
                        hours("40")))
                .build();
        assertValue("25", get(Measures.measure(chain), "PASS-THROUGH:seg@r1"));
    }

    @Test
    void payRatioComparesHighestAndLowestAnnualPayAlongTheChain() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-scientists", PROVIDER, 120, "FR", ServiceType.OTHER,
                        Pay.of("200000", "EUR", PayUnit.YEAR), hours("39"), true))
                .workforce(segment("seg-ke", VENDOR, 300, "KE", ServiceType.ANNOTATION,
                        Pay.of("3000", "EUR", PayUnit.YEAR), hours("45")))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator ratio = get(report, "PAY-RATIO:chain");
        assertValue("66.6667", ratio);
        assertEquals(IndicatorStatus.INFORMATIVE, ratio.status());
        assertValue("66.6667", get(report, "PAY-RATIO-PATH:r1/r2/r3"));

        IndicatorReport judged = Measures.measure(chain, MeasureParameters.defaults()
                .withPayRatioCoefficient(new BigDecimal("20")));
        assertEquals(IndicatorStatus.ADVERSE, get(judged, "PAY-RATIO:chain").status());
        assertEquals(IndicatorStatus.SATISFACTORY, Measures.measure(chain, MeasureParameters.defaults()
                .withPayRatioCoefficient(new BigDecimal("70"))).indicator("PAY-RATIO:chain").orElseThrow().status());
    }

    @Test
    void pieceRateGivesEffectiveHourlyPay() {
        // 0.83 EUR per task; a task takes 54 minutes (about 9 USD a day over a 45-hour week, without breaks)
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-rater", PLATFORM, null, "UA", ServiceType.RATING_RLHF,
                        new Pay(new BigDecimal("0.83"), "EUR", PayUnit.TASK, Optional.of(new BigDecimal("54"))),
                        conditions("45", null, null, null, null, NdaScope.PAY_AND_CONDITIONS, null, null)))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator h = get(report, "EFFECTIVE-HOURLY-PAY:seg-rater");
        assertValue("0.9222", h);
        assertEquals("EUR/h", h.value().unit());
        assertEquals(IndicatorStatus.ADVERSE, get(report, "NDA-SCOPE:seg-rater").status());
        assertEquals(IndicatorStatus.ADVERSE, get(report, "HEADCOUNT-UNDISCLOSED:seg-rater").status());
    }

    @Test
    void unequalPayForTheSameTaskAtTheSameVendorIsFlagged() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-kenyan", VENDOR, 180, "KE", ServiceType.CONTENT_MODERATION,
                        Pay.of("1.46", "USD", PayUnit.HOUR), hours("45")))
                .workforce(segment("seg-foreign", VENDOR, 25, "KE", ServiceType.CONTENT_MODERATION,
                        Pay.of("2.20", "USD", PayUnit.HOUR), hours("45")))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator eq = get(report, "EQUAL-PAY:vendor:content_moderation");
        assertValue("1.5068", eq);
        assertEquals(IndicatorStatus.ADVERSE, eq.status());
        assertTrue(eq.statement().contains("2.2 USD/h") && eq.statement().contains("1.46 USD/h"), eq.statement());
        assertEquals(IndicatorStatus.NOT_EVIDENCED, get(report, "FAIRWORK-4.2:vendor").status());
        Risk risk = report.risk("RISK:vendor:EQUAL_TREATMENT").orElseThrow();
        assertEquals(List.of("EQUAL-PAY:vendor:content_moderation", "FAIRWORK-4.2:vendor"), risk.drivers());
    }

    @Test
    void moderationExposureRaisesPsychosocialFlags() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-mod", VENDOR, 200, "KE", ServiceType.CONTENT_MODERATION,
                        Pay.of("1.5", "USD", PayUnit.HOUR), conditions("45", "8", PsychologicalSupport.NONE, 50, true,
                                NdaScope.PAY_AND_CONDITIONS, FreedomOfAssociation.RETALIATION_REPORTED, null)))
                .build();
        IndicatorReport report = Measures.measure(chain);
        for (String code : List.of("HARMFUL-CONTENT-HOURS", "PSYCHOLOGICAL-SUPPORT", "SECONDS-PER-ITEM",
                "SCREEN-SURVEILLANCE", "NDA-SCOPE", "FREEDOM-OF-ASSOCIATION")) {
            Indicator i = get(report, code + ":seg-mod");
            assertEquals(IndicatorStatus.ADVERSE, i.status(), i.id());
            assertFalse(i.sources().isEmpty(), i.id());
        }
        Indicator harm = get(report, "HARMFUL-CONTENT-HOURS:seg-mod");
        assertValue("8", harm);
        assertTrue(harm.sources().contains(Sources.IWF));
        assertEquals(IndicatorStatus.SATISFACTORY, get(report, "WORKING-HOURS:seg-mod").status());
        assertEquals(IndicatorStatus.UNKNOWN, get(report, "YOUNGEST-WORKER-AGE:seg-mod").status());

        Risk ohs = report.risk("RISK:vendor:OCCUPATIONAL_HEALTH_SAFETY").orElseThrow();
        assertEquals(Occurrence.POTENTIAL, ohs.occurrence());
        assertEquals(4, ohs.severity().scale());
        assertEquals(3, ohs.severity().scope());
        assertTrue(ohs.drivers().contains("HARMFUL-CONTENT-HOURS:seg-mod"));
        assertEquals(1, ohs.rank());
    }

    @Test
    void anIncidentMakesTheImpactActualAndRanksItFirst() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-mod", VENDOR, 200, "KE", ServiceType.CONTENT_MODERATION,
                        Pay.of("1.5", "USD", PayUnit.HOUR), conditions("45", "8", PsychologicalSupport.NONE, 50, true,
                                NdaScope.PAY_AND_CONDITIONS, FreedomOfAssociation.RETALIATION_REPORTED, null)))
                .incident(new Incident("inc-ptsd", VENDOR, Optional.of("seg-mod"), IncidentKind.DIAGNOSIS,
                        Optional.of(LocalDate.of(2024, 12, 4)), "144 moderators diagnosed with PTSD", Optional.of(144),
                        Optional.empty(), List.of(), List.of()))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Risk top = report.risks().get(0);
        assertEquals("RISK:vendor:OCCUPATIONAL_HEALTH_SAFETY", top.id());
        assertEquals(Occurrence.ACTUAL, top.occurrence());
        assertEquals(4, top.likelihood());
        assertEquals(4, top.severity().irremediability());
        assertEquals(List.of("inc-ptsd"), top.incidents());
        for (int i = 0; i < report.risks().size(); i++) {
            assertEquals(i + 1, report.risks().get(i).rank());
        }
    }

    @Test
    void thirtyTwoAnnotatorsCannotProduceTheDeclaredVolume() {
        BusinessPartner lab = new BusinessPartner("lab", "Model Lab", "CN", PartnerRole.AI_MODEL_PROVIDER,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(32), Optional.of(10_000_000L), List.of());
        ChainOfActivities chain = TestChains.builder("EUR")
                .partner(lab)
                .relationship(BusinessRelationship.of("r1", TestChains.BUYER, "lab", ServiceType.OTHER))
                .workforce(segment("seg-lab", "lab", 32, "CN", ServiceType.ANNOTATION, null,
                        conditions(null, null, null, 60, null, null, null, null)))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator cap = get(report, "CAPACITY:lab");
        // required 10,000,000 × 60 s = 166,666.67 h; available 32 × 48 h × 52 weeks = 79,872 h (an upper bound)
        assertValue("2.0867", cap);
        assertEquals(IndicatorStatus.ADVERSE, cap.status());
        assertTrue(cap.statement().startsWith("32 people cannot produce 10000000 tasks a year"), cap.statement());
        assertTrue(report.risk("RISK:lab:WORKING_HOURS").isPresent());
    }

    @Test
    void unknownPayGivesUnknownResultsWithAReasonNeverZero() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-ke", VENDOR, 50, "KE", ServiceType.ANNOTATION, null, hours("45")))
                .build();
        IndicatorReport report = Measures.measure(chain);
        for (String id : List.of("EFFECTIVE-HOURLY-PAY:seg-ke", "LIVING-WAGE-GAP:seg-ke:KE",
                "MINIMUM-WAGE-GAP:seg-ke:KE", "PASS-THROUGH:seg-ke@r1/r2/r3")) {
            Indicator i = get(report, id);
            assertFalse(i.value().isKnown(), id);
            assertEquals(Optional.empty(), i.value().value(), id);
            assertEquals("pay of seg-ke not disclosed", i.value().unknownReason().orElseThrow(), id);
            assertEquals(IndicatorStatus.UNKNOWN, i.status(), id);
            assertTrue(i.value().text().startsWith("not disclosed"), id);
        }
        assertFalse(get(report, "PAY-RATIO:chain").value().isKnown());
        // an undisclosed living wage is itself a risk factor
        Risk lw = report.risk("RISK:vendor:LIVING_WAGE").orElseThrow();
        assertTrue(lw.drivers().contains("LIVING-WAGE-GAP:seg-ke:KE"));
        assertEquals(Occurrence.POTENTIAL, lw.occurrence());
        assertEquals(2, lw.likelihood());
    }

    @Test
    void unpaidWorkMakesTheRatioUnboundedNotAnError() {
        // the users' own ratings and captchas are data work too, and unpaid
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-paid", VENDOR, 50, "KE", ServiceType.RATING_RLHF,
                        Pay.of("2", "EUR", PayUnit.HOUR), hours("40")))
                .workforce(segment("seg-users", VENDOR, 1_000_000, "FR", ServiceType.RATING_RLHF,
                        Pay.of("0", "EUR", PayUnit.HOUR), hours("1")))
                .exchangeRate(TestChains.rate("USD", "EUR", "0.92"))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator ratio = get(report, "PAY-RATIO:chain");
        assertFalse(ratio.value().isKnown());
        assertEquals(IndicatorStatus.ADVERSE, ratio.status());
        assertEquals(IndicatorStatus.ADVERSE, get(report, "EQUAL-PAY:vendor:rating_rlhf").status());
        assertValue("0", get(report, "PASS-THROUGH:seg-users@r1/r2/r3"));
    }

    @Test
    void missingExchangeRateGivesUnknownWithReason() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .exchangeRate(TestChains.rate("USD", "EUR", "0.92"))
                .workforce(segment("seg-ke", VENDOR, 50, "KE", ServiceType.ANNOTATION,
                        Pay.of("1.5", "USD", PayUnit.HOUR), hours("45")))
                .build();
        Indicator gap = get(Measures.measure(chain), "LIVING-WAGE-GAP:seg-ke:KE");
        assertFalse(gap.value().isKnown());
        assertEquals("no exchange rate KES→EUR (direct or inverse) in the chain's exchangeRates",
                gap.value().unknownReason().orElseThrow());
    }

    @Test
    void livingAndMinimumWageGapsUseTheShippedBenchmarks() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .exchangeRate(TestChains.rate("EUR", "KES", "140"))
                .workforce(segment("seg-ke", VENDOR, 50, "KE", ServiceType.ANNOTATION,
                        Pay.of("20000", "KES", PayUnit.MONTH), hours("45")))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator lw = get(report, "LIVING-WAGE-GAP:seg-ke:KE");
        assertValue("-43.6905", lw); // 20,000 / 35,518 − 1
        assertEquals(IndicatorStatus.ADVERSE, lw.status());
        assertTrue(lw.inputs().stream().anyMatch(in -> in.from().equals("referenceWages.KE-LW-NAIVASHA-2023")));
        assertTrue(lw.statement().contains("a proxy"), lw.statement());
        Indicator mw = get(report, "MINIMUM-WAGE-GAP:seg-ke:KE");
        assertValue("24.1176", mw); // 20,000 / 16,113.75 − 1
        assertEquals(IndicatorStatus.SATISFACTORY, mw.status());
        assertEquals(IndicatorStatus.NOT_EVIDENCED, get(report, "PAI-1:vendor").status());
    }

    @Test
    void callersCanOverrideAndExtendTheBenchmarks() {
        ReferenceWage nairobi = new ReferenceWage("KE-LW-NAIROBI-TEST", "KE", Optional.of("Nairobi"),
                new BigDecimal("20000"), "KES", PayUnit.MONTH, 2025, WageKind.LIVING, "company study", false, true,
                Optional.empty(), Optional.empty());
        ReferenceWage naivasha = ReferenceWages.shipped().byId("KE-LW-NAIVASHA-2023").orElseThrow();
        ReferenceWage demoted = new ReferenceWage(naivasha.id(), naivasha.country(), naivasha.region(),
                naivasha.amount(), naivasha.currency(), naivasha.period(), naivasha.year(), naivasha.kind(),
                naivasha.source(), naivasha.proxy(), false, naivasha.hoursPerWeek(), naivasha.note());
        MeasureParameters params = MeasureParameters.defaults()
                .withReferenceWages(ReferenceWages.shipped().with(List.of(nairobi, demoted)));
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-ke", VENDOR, 50, "KE", ServiceType.ANNOTATION,
                        Pay.of("20000", "KES", PayUnit.MONTH), hours("45")))
                .build();
        Indicator lw = get(Measures.measure(chain, params), "LIVING-WAGE-GAP:seg-ke:KE");
        assertValue("0", lw);
        assertEquals(IndicatorStatus.SATISFACTORY, lw.status());
        assertFalse(Measures.measure(chain, MeasureParameters.defaults().withReferenceWages(ReferenceWages.none()))
                .indicator("LIVING-WAGE-GAP:seg-ke:KE").orElseThrow().value().isKnown());
    }

    @Test
    void fairworkPointsAreEvidenceGatedAndTheSecondRequiresTheFirst() {
        PlatformPractices practices = new PlatformPractices(Optional.of(false), Optional.of(false), Optional.empty(),
                Optional.of(true), Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty());
        BusinessPartner vendor = new BusinessPartner(VENDOR, "Vendor Ltd", "KE", PartnerRole.VENDOR, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(practices),
                Optional.empty(), Optional.empty(), List.of());
        ChainOfActivities chain = TestChains.builder("EUR")
                .partner(vendor)
                .partner(BusinessPartner.of(PLATFORM, "Plateforme", "US", PartnerRole.DATA_PLATFORM))
                .relationship(BusinessRelationship.of("r1", TestChains.BUYER, PLATFORM, ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r2", PLATFORM, VENDOR, ServiceType.ANNOTATION))
                .workforce(segment("seg-ke", VENDOR, 50, "KE", ServiceType.ANNOTATION,
                        Pay.of("40000", "KES", PayUnit.MONTH), conditions("40", "0", null, null, false, null,
                                FreedomOfAssociation.RECOGNISED, 22)))
                .build();
        IndicatorReport report = Measures.measure(chain);
        assertEquals(IndicatorStatus.NOT_EVIDENCED, get(report, "FAIRWORK-1.1:vendor").status());
        Indicator p12 = get(report, "FAIRWORK-1.2:vendor");
        assertEquals(IndicatorStatus.NOT_EVIDENCED, p12.status()); // pay is above the minimum, but 1.1 is not evidenced
        assertTrue(p12.statement().contains("requires 1.1"), p12.statement());
        assertEquals(IndicatorStatus.MET, get(report, "FAIRWORK-2.1:vendor").status());
        assertEquals(IndicatorStatus.MET, get(report, "FAIRWORK-2.2:vendor").status());
        assertEquals(IndicatorStatus.MET, get(report, "FAIRWORK-3.1:vendor").status());
        assertEquals(IndicatorStatus.NOT_ASSESSED, get(report, "FAIRWORK-3.2:vendor").status());
        assertEquals(IndicatorStatus.NOT_ASSESSED, get(report, "FAIRWORK-4.1:vendor").status());
        assertEquals(IndicatorStatus.MET, get(report, "FAIRWORK-5.1:vendor").status());
        assertEquals(IndicatorStatus.MET, get(report, "FAIRWORK-5.2:vendor").status());
        assertValue("5", get(report, "FAIRWORK-SCORE:vendor"));
        // a platform with no practices disclosed is not assessed, never "met" or "failed"
        assertEquals(IndicatorStatus.NOT_ASSESSED, get(report, "FAIRWORK-1.1:platform").status());
        assertEquals(IndicatorStatus.NOT_ASSESSED, get(report, "FAIRWORK-1.2:platform").status());
        assertEquals(IndicatorStatus.NOT_ASSESSED, get(report, "PAI-1:platform").status());
    }

    @Test
    void aPlatformWithNeitherSuppliersNorWorkersIsAnUndisclosedTier() {
        ChainOfActivities chain = TestChains.builder("EUR")
                .partner(BusinessPartner.of(PROVIDER, "Modèle SAS", "FR", PartnerRole.AI_MODEL_PROVIDER))
                .partner(BusinessPartner.of(PLATFORM, "Plateforme", "US", PartnerRole.DATA_PLATFORM))
                .relationship(BusinessRelationship.of("r1", TestChains.BUYER, PROVIDER, ServiceType.OTHER))
                .relationship(BusinessRelationship.of("r2", PROVIDER, PLATFORM, ServiceType.ANNOTATION))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator tier = get(report, "UNDISCLOSED-TIER:platform");
        assertEquals(IndicatorStatus.ADVERSE, tier.status());
        assertValue("2", tier);
        assertTrue(report.indicator("UNDISCLOSED-TIER:provider").isEmpty());
        assertTrue(report.risk("RISK:platform:LIVING_WAGE").isPresent());
    }

    @Test
    void headcountGapBeyondToleranceIsFlagged() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(new org.dutyofvigilance.model.WorkforceSegment("seg", VENDOR, "Annotators",
                        new org.dutyofvigilance.model.Headcount(Optional.of(36), Optional.of(200)), List.of("KE"),
                        List.of(ServiceType.ANNOTATION), Optional.empty(), Optional.empty(), hours("45"), List.of(),
                        Optional.empty(), Optional.empty(), List.of()))
                .build();
        Indicator gap = get(Measures.measure(chain), "HEADCOUNT-GAP:seg");
        assertValue("455.5556", gap);
        assertEquals(IndicatorStatus.ADVERSE, gap.status());
    }

    @Test
    void environmentalTotalsCountUnknownsInsteadOfZeroing() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .environmentalFacts(new EnvironmentalFacts(PROVIDER, Optional.of(new BigDecimal("12500")),
                        Optional.empty(), Optional.of(new BigDecimal("3100")), List.of(
                                new MineralSourcing("cobalt", "MG", Optional.empty(), Optional.of("Ambatovy"),
                                        Optional.of(new BigDecimal("90"))),
                                new MineralSourcing("copper", "CL", Optional.of(new BigDecimal("40")),
                                        Optional.empty(), Optional.empty()))))
                .environmentalFacts(new EnvironmentalFacts(PLATFORM, Optional.of(new BigDecimal("500")),
                        Optional.empty(), Optional.empty(), List.of()))
                .build();
        IndicatorReport report = Measures.measure(chain);
        Indicator energy = get(report, "ENERGY-TOTAL:chain");
        assertValue("13000", energy);
        assertTrue(energy.statement().contains("2 entities do not disclose it"), energy.statement());
        Indicator water = get(report, "WATER-USE-TOTAL:chain");
        assertFalse(water.value().isKnown());
        assertEquals(IndicatorStatus.UNKNOWN, water.status());
        assertEquals(IndicatorStatus.UNKNOWN, get(report, "EMISSIONS:platform").status());
        assertFalse(get(report, "MINERALS-BY-ORIGIN:MG").value().isKnown());
        assertValue("40", get(report, "MINERALS-BY-ORIGIN:CL"));
        assertEquals(IndicatorStatus.ADVERSE, get(report, "MINERAL-OVERLAP:provider:cobalt:MG").status());
        Risk minerals = report.risk("RISK:provider:MINERALS").orElseThrow();
        assertEquals(4, minerals.severity().scale());
        assertTrue(report.risk("RISK:provider:CLIMATE").isPresent());
    }

    @Test
    void childLabourAndLongHoursAreFlagged() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .partner(BusinessPartner.of("dispatcher", "Dispatcher", "VE", PartnerRole.INTERMEDIARY))
                .relationship(BusinessRelationship.of("r4", VENDOR, "dispatcher", ServiceType.ANNOTATION))
                .workforce(segment("seg-kids", "dispatcher", null, "VE", ServiceType.ANNOTATION,
                        Pay.of("0.03", "USD", PayUnit.TASK), conditions("70", null, null, null, null, null, null, 12)))
                .build();
        IndicatorReport report = Measures.measure(chain);
        assertEquals(IndicatorStatus.ADVERSE, get(report, "YOUNGEST-WORKER-AGE:seg-kids").status());
        assertEquals(IndicatorStatus.ADVERSE, get(report, "WORKING-HOURS:seg-kids").status());
        Risk child = report.risk("RISK:dispatcher:CHILD_LABOUR").orElseThrow();
        assertEquals(4, child.severity().scale());
        assertEquals(3, child.severity().scope()); // headcount not disclosed: precautionary scope
        assertEquals(4, child.likelihood()); // adverse 3, +1 for opacity (headcount not disclosed)
        assertTrue(child.justification().contains("opacity"), child.justification());
    }

    @Test
    void pathEnumerationIsCappedAndTheCapReported() {
        // a ladder of diamonds: 2^6 = 64 paths to the last vendor
        var b = TestChains.builder("EUR");
        String prev = TestChains.BUYER;
        for (int i = 0; i < 6; i++) {
            String a = "a" + i;
            String c = "c" + i;
            String next = "n" + i;
            for (String id : List.of(a, c, next)) {
                b.partner(BusinessPartner.of(id, id, "KE", PartnerRole.VENDOR));
            }
            b.relationship(BusinessRelationship.of(prev + "-" + a, prev, a, ServiceType.ANNOTATION));
            b.relationship(BusinessRelationship.of(prev + "-" + c, prev, c, ServiceType.ANNOTATION));
            b.relationship(BusinessRelationship.of(a + "-" + next, a, next, ServiceType.ANNOTATION));
            b.relationship(BusinessRelationship.of(c + "-" + next, c, next, ServiceType.ANNOTATION));
            prev = next;
        }
        b.workforce(segment("seg", prev, 10, "KE", ServiceType.ANNOTATION, Pay.of("1", "USD", PayUnit.HOUR),
                hours("40")));
        IndicatorReport report = Measures.measure(b.build(), MeasureParameters.defaults().withPathLimits(4, 100));
        assertEquals(4, report.indicators("PASS-THROUGH").size());
        assertEquals(1, report.limits().size());
        assertTrue(report.limits().get(0).contains("maxPathsPerEntity"), report.limits().get(0));
    }

    @Test
    void aSmallPathBudgetStillCoversEveryEntityOnce() {
        // two vendors, each reached through two platforms; a budget of two per-path indicators
        var b = TestChains.builder("EUR");
        for (String id : List.of("p1", "p2")) {
            b.partner(BusinessPartner.of(id, id, "US", PartnerRole.DATA_PLATFORM));
            b.relationship(BusinessRelationship.of("b-" + id, TestChains.BUYER, id, ServiceType.ANNOTATION));
        }
        for (String v : List.of("x", "y")) {
            b.partner(BusinessPartner.of(v, v, "KE", PartnerRole.VENDOR));
            b.relationship(BusinessRelationship.of("p1-" + v, "p1", v, ServiceType.ANNOTATION));
            b.relationship(BusinessRelationship.of("p2-" + v, "p2", v, ServiceType.ANNOTATION));
            b.workforce(segment("seg-" + v, v, 10, "KE", ServiceType.ANNOTATION, Pay.of("1", "USD", PayUnit.HOUR),
                    hours("40")));
        }
        IndicatorReport report = Measures.measure(b.build(), MeasureParameters.defaults().withPathLimits(8, 2));
        List<String> measured = report.indicators("PASS-THROUGH").stream().map(Indicator::subject).toList();
        assertEquals(List.of("seg-x@b-p1/p1-x", "seg-y@b-p1/p1-y"), measured);
        assertTrue(report.limits().stream().anyMatch(l -> l.contains("maxPathIndicators")), report.limits().toString());
        assertTrue(report.limits().stream().noneMatch(l -> l.contains("maxPathsPerEntity")), report.limits().toString());
    }

    @Test
    void exportIsDeterministicAndKeepsUnknownsExplicit() {
        ChainOfActivities chain = TestChains.fourTiers("EUR")
                .workforce(segment("seg-ke", VENDOR, 36, "KE", ServiceType.ANNOTATION, Pay.of("1.5", "USD",
                        PayUnit.HOUR), hours("45")))
                .workforce(segment("seg-x", VENDOR, null, "KE", ServiceType.ANNOTATION, null, hours(null)))
                .build();
        String a = Measures.measure(chain).toJson();
        String b = Measures.measure(chain).toJson();
        assertEquals(a, b);
        assertFalse(a.contains("\r"));
        assertTrue(a.contains("\"amount\" : null"), "unknown values are written as null with a reason");
        assertTrue(a.contains("\"unknownReason\" : \"pay of seg-x not disclosed\""));
        assertTrue(a.contains("\"amount\" : 12.5000"));
        assertNotEquals(-1, a.indexOf("\"format\" : \"vigilance-indicators/1\""));
    }

    @Test
    void everyShippedRuleCodeIsAnIndicatorCodeAndEveryCategoryIsScored() {
        List<String> codes = List.of("PAY-RATIO-PATH", "PASS-THROUGH", "LIVING-WAGE-GAP", "MINIMUM-WAGE-GAP",
                "EFFECTIVE-HOURLY-PAY", "EQUAL-PAY", "HARMFUL-CONTENT-HOURS", "PSYCHOLOGICAL-SUPPORT",
                "SECONDS-PER-ITEM", "SCREEN-SURVEILLANCE", "NDA-SCOPE", "FREEDOM-OF-ASSOCIATION", "WORKING-HOURS",
                "YOUNGEST-WORKER-AGE", "UNDISCLOSED-TIER", "HEADCOUNT-UNDISCLOSED", "HEADCOUNT-GAP", "CAPACITY",
                "ALGORITHMIC-MANAGEMENT", "FAIRWORK-1.1", "FAIRWORK-1.2", "FAIRWORK-2.1", "FAIRWORK-2.2",
                "FAIRWORK-3.1", "FAIRWORK-3.2", "FAIRWORK-4.1", "FAIRWORK-4.2", "FAIRWORK-5.1", "FAIRWORK-5.2",
                "FAIRWORK-SCORE", "PAI-1", "PAI-2", "PAI-3", "PAI-4", "PAI-5", "ENERGY", "EMISSIONS", "WATER-USE",
                "MINERAL-SOURCING", "MINERAL-OVERLAP");
        RiskRules rules = RiskRules.shipped();
        assertEquals(new java.util.TreeSet<>(codes), new java.util.TreeSet<>(rules.drivers().keySet()));
        for (ImpactCategory c : ImpactCategory.values()) {
            assertTrue(rules.categories().containsKey(c), c.name());
        }
    }
}
