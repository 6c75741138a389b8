package org.dutyofvigilance.completeness;

import static org.dutyofvigilance.testing.ChainFixtures.flagshipLike;
import static org.dutyofvigilance.testing.ChainFixtures.largeFrenchBuyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.model.AssessmentMethod;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.DueDiligencePolicy;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.PartnerAssessment;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.Publication;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.SourceKind;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.testing.ChainFixtures;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private static final Rulebook RULES = Rulebook.shipped();

    static CompletenessReport check(ChainOfActivities chain, String... ruleSets) {
        CompletenessOptions o = ruleSets.length == 0 ? CompletenessOptions.defaults()
                : CompletenessOptions.defaults().withRuleSets(ruleSets);
        return Completeness.check(chain, RULES, o);
    }

    static DisclosureStatus status(CompletenessReport r, String rule, String node, String field) {
        List<DisclosureFinding> hits = r.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.nodeId().equals(node) && f.field().equals(field)).toList();
        assertEquals(1, hits.size(), () -> rule + " " + node + " " + field + " in " + r.findings().stream()
                .filter(f -> f.ruleId().equals(rule)).map(f -> f.nodeId() + ":" + f.field() + "=" + f.status()).toList());
        return hits.get(0).status();
    }

    static boolean none(CompletenessReport r, String rule, String node) {
        return r.findings().stream().noneMatch(f -> f.ruleId().equals(rule) && f.nodeId().equals(node));
    }

    static ReportingCompany buyerWith(Optional<Boolean> csrd, Optional<DueDiligencePolicy> policy) {
        ReportingCompany b = largeFrenchBuyer();
        return new ReportingCompany(b.entityId(), b.name(), b.country(), b.financialYears(), csrd, b.listed(), policy,
                b.publication(), b.climateTransitionPlan(), List.of());
    }

    static DueDiligencePolicy policy(String lastReviewed) {
        return new DueDiligencePolicy(Optional.of("POL-1"), Optional.of("3"), Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(LocalDate.parse(lastReviewed)), Optional.of(true), Optional.of("COC-2"), Optional.of(true),
                Optional.of("Chief human-rights officer"));
    }

    static BusinessPartner assessed(BusinessPartner p, String date) {
        return new BusinessPartner(p.id(), p.legalName(), p.country(), p.role(), p.employees(),
                p.establishedRelationship(), p.relationshipSince(), p.codeOfConductExtended(),
                Optional.of(new PartnerAssessment(Optional.of(LocalDate.parse(date)),
                        Optional.of(AssessmentMethod.AUDIT), Optional.of(true), Optional.of("no severe finding"),
                        Optional.of("Audit firm"))),
                p.practices(), p.declaredAnnotators(), p.declaredAnnualTasks(), List.of());
    }

    @Test
    void csdddPolicyIsMissingThenDisclosedThenStale() {
        CompletenessReport none = check(flagshipLike(buyerWith(Optional.empty(), Optional.empty())).build());
        assertEquals(DisclosureStatus.MISSING, status(none, "CSDDD-2026-ART7-POLICY", "buyer", "company.policy.reference"));
        CompletenessReport fresh = check(flagshipLike(buyerWith(Optional.empty(), Optional.of(policy("2025-06-30"))))
                .build());
        assertEquals(DisclosureStatus.DISCLOSED, status(fresh, "CSDDD-2026-ART7-POLICY", "buyer", "company.policy.reference"));
        assertEquals(DisclosureStatus.DISCLOSED,
                status(fresh, "CSDDD-2026-ART7-POLICY", "buyer", "company.policy.lastReviewed"));
        CompletenessReport old = check(flagshipLike(buyerWith(Optional.empty(), Optional.of(policy("2023-06-30"))))
                .build());
        assertEquals(DisclosureStatus.STALE, status(old, "CSDDD-2026-ART7-POLICY", "buyer", "company.policy.lastReviewed"));
        DisclosureFinding f = old.findings().stream().filter(x -> x.ruleId().equals("CSDDD-2026-ART7-POLICY")
                && x.status() == DisclosureStatus.STALE).findFirst().orElseThrow();
        assertEquals("2023-06-30 is more than 24 months before 2025-12-31", f.detail().en());
        assertEquals("Art. 7(2)", f.citation());
        assertEquals("csddd-2026-470", f.ruleSetId());
        assertEquals("(EU) 2024/1760 as amended by (EU) 2026/470", f.ruleSetVersion());
    }

    @Test
    void harmfulContentObligationsApplyOnlyAboveZeroAndUnknownExposureIsAsked() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .partner(ChainFixtures.partner("vendor2", "PH", PartnerRole.VENDOR, 50, null))
                .relationship(BusinessRelationship.of("r4", "platform", "vendor2", ServiceType.ANNOTATION))
                .workforce(ChainFixtures.segment("labellers", "vendor2", "PH", null, ChainFixtures.harmful("0"), List.of()))
                .workforce(ChainFixtures.segment("raters", "vendor2", "PH", null, ChainFixtures.harmful(null), List.of()))
                .build();
        CompletenessReport r = check(chain, "csddd-2026-470");
        String rule = "CSDDD-2026-ANNEX1-OSH-HARMFUL";
        assertEquals(DisclosureStatus.MISSING, status(r, rule, "moderators", "segment.conditions.psychologicalSupport"));
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(r, rule, "labellers", ""));
        assertEquals(DisclosureStatus.MISSING, status(r, rule, "raters", "segment.conditions.psychologicalSupport"));
        assertEquals(DisclosureStatus.MISSING, status(r, rule, "raters", "segment.conditions.harmfulContentHoursPerDay"));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals(rule) && f.nodeId().equals("raters")
                && f.detail().en().equals("Not disclosed (needed to decide whether the obligation applies)")));
        assertEquals(DisclosureStatus.DISCLOSED,
                status(r, "CSDDD-2026-ANNEX1-OSH", "moderators", "segment.conditions.harmfulContentHoursPerDay"));
    }

    @Test
    void article16IsNotApplicableToACsrdReporter() {
        CompletenessReport csrd = check(flagshipLike(buyerWith(Optional.of(true), Optional.empty())).build(),
                "csddd-2026-470");
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(csrd, "CSDDD-2026-ART16", "buyer", ""));
        CompletenessReport notCsrd = check(flagshipLike(buyerWith(Optional.of(false), Optional.empty())).build(),
                "csddd-2026-470");
        assertEquals(DisclosureStatus.MISSING, status(notCsrd, "CSDDD-2026-ART16", "buyer", "company.publication.url"));
    }

    @Test
    void article16AsksWhetherTheCompanyReportsUnderTheCsrdWhenThatIsNotDisclosed() {
        CompletenessReport r = check(flagshipLike(buyerWith(Optional.empty(), Optional.empty())).build(),
                "csddd-2026-470");
        assertEquals(DisclosureStatus.MISSING, status(r, "CSDDD-2026-ART16", "buyer", "company.publication.url"));
        assertEquals(DisclosureStatus.MISSING, status(r, "CSDDD-2026-ART16", "buyer", "company.csrdReporter"));
    }

    @Test
    void oneRulebookAndOneChainGiveTheSameReportOnManyThreads() throws Exception {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        String expected = CompletenessJson.write(check(chain));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> CompletenessJson.write(check(chain))));
            }
            for (java.util.concurrent.Future<String> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void transitionPlanIsRequiredAsAdoptedAndNotApplicableAsAmended() {
        CompletenessReport r = check(flagshipLike(largeFrenchBuyer()).build(), "csddd-2024-1760", "csddd-2026-470");
        assertEquals(DisclosureStatus.MISSING, status(r, "CSDDD-2024-ART22", "buyer", "company.climateTransitionPlan"));
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(r, "CSDDD-2026-ART22", "buyer", ""));
        assertTrue(r.findings().stream().filter(f -> f.ruleId().equals("CSDDD-2026-ART22")).findFirst().orElseThrow()
                .detail().en().startsWith("Deleted: "));
    }

    @Test
    void monitoringIntervalIsAParameterWithTheAdoptedDefault() {
        ChainOfActivities chain = ChainRewrite.replacePartner(flagshipLike(largeFrenchBuyer()).build(),
                assessed(ChainFixtures.partner("platform", "US", PartnerRole.DATA_PLATFORM, 3000, true), "2024-06-30"));
        CompletenessReport twelve = check(chain, "csddd-2026-470");
        assertEquals(DisclosureStatus.STALE, status(twelve, "CSDDD-2026-ART15-PERIODIC", "platform", "partner.assessment.date"));
        Rulebook sixty = Rulebook.builder().shipped()
                .parameter("csddd-2026-470", "monitoringIntervalMonths", BigDecimal.valueOf(60)).build();
        CompletenessReport r = Completeness.check(chain, sixty, CompletenessOptions.defaults().withRuleSets("csddd-2026-470"));
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "CSDDD-2026-ART15-PERIODIC", "platform", "partner.assessment.date"));
        assertEquals(DisclosureStatus.MISSING, status(r, "CSDDD-2026-ART15-PERIODIC", "vendor", "partner.assessment.date"));
    }

    @Test
    void frenchMeasuresCoverEstablishedRelationshipsOnly() {
        ChainOfActivities chain = ChainRewrite.replacePartner(flagshipLike(largeFrenchBuyer())
                .partner(ChainFixtures.partner("cloud", "IE", PartnerRole.OTHER, 5000, false))
                .relationship(BusinessRelationship.of("r9", "buyer", "cloud", ServiceType.OTHER)).build(),
                assessed(ChainFixtures.partner("platform", "US", PartnerRole.DATA_PLATFORM, 3000, true), "2025-03-01"));
        CompletenessReport r = check(chain, "fr-vigilance-2017");
        assertEquals(DisclosureStatus.MISSING, status(r, "FR-VIG-2", "provider", "partner.assessment.date"));
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "FR-VIG-2", "platform", "partner.assessment.date"));
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(r, "FR-VIG-2", "cloud", ""));
        assertEquals(DisclosureStatus.MISSING, status(r, "FR-VIG-2", "vendor", "partner.establishedRelationship"));
        assertTrue(none(r, "FR-VIG-2", "buyer"), "own operations are not a partner under FR-VIG-2");
    }

    @Test
    void frenchAlertMechanismNeedsUnionConcertation() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .grievanceMechanism(ChainFixtures.mechanism("alert", "buyer", true))
                .grievanceMechanism(ChainFixtures.mechanism("vendor-line", "vendor", null)).build();
        CompletenessReport r = check(chain, "fr-vigilance-2017");
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "FR-VIG-4-UNIONS", "alert", "mechanism.unionConcertation"));
        assertTrue(none(r, "FR-VIG-4-UNIONS", "vendor-line"));
        assertEquals(DisclosureStatus.PARTLY_DISCLOSED,
                status(r, "FR-VIG-4", "buyer", "chain.grievanceMechanisms.unionConcertation"));
        assertEquals(DisclosureStatus.MISSING, status(r, "FR-VIG-PUB", "buyer", "company.publication.implementationReport"));
    }

    @Test
    void frenchPublicationIsDisclosedWithItsImplementationReport() {
        ReportingCompany b = largeFrenchBuyer();
        ReportingCompany published = new ReportingCompany(b.entityId(), b.name(), b.country(), b.financialYears(),
                b.csrdReporter(), b.listed(), b.policy(), Optional.of(new Publication(Optional.of("https://example.com/plan"),
                        Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(true), Optional.of("Compte rendu 2025"))),
                b.climateTransitionPlan(), List.of());
        CompletenessReport r = check(flagshipLike(published).build(), "fr-vigilance-2017");
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "FR-VIG-PUB", "buyer", "company.publication.implementationReport"));
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "FR-VIG-PUB", "buyer", "company.publication.inManagementReport"));
    }

    @Test
    void esrsChannelsForValueChainWorkers() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .grievanceMechanism(ChainFixtures.mechanism("line", "vendor", null))
                .workforce(ChainFixtures.segment("annotators", "vendor", "KE", null, null, List.of("line"))).build();
        CompletenessReport r = check(chain, "esrs-s2-2023");
        assertEquals(DisclosureStatus.MISSING, status(r, "ESRS-S2-3", "moderators", "segment.grievanceMechanisms"));
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "ESRS-S2-3", "annotators", "segment.grievanceMechanisms"));
    }

    @Test
    void platformWorkDirectiveChecksOnlyWorkPerformedInTheEu() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .workforce(ChainFixtures.segment("raters-es", "platform", "ES", null, null, List.of()))
                .workforce(ChainFixtures.segment("raters-x", "platform", null, null, null, List.of())).build();
        CompletenessReport r = check(chain, "pwd-2024-2831");
        assertEquals(DisclosureStatus.DISCLOSED, status(r, "PWD-ART4", "raters-es", "segment.employmentStatus"));
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(r, "PWD-ART4", "moderators", ""));
        assertEquals(DisclosureStatus.MISSING, status(r, "PWD-ART4", "raters-x", "segment.countries"));
        assertEquals(DisclosureStatus.MISSING, status(r, "PWD-ART11", "platform", "partner.practices.humanReview"));
        assertEquals(DisclosureStatus.MISSING,
                status(r, "PWD-ART9", "platform", "partner.practices.algorithmicManagement"));
        assertTrue(none(r, "PWD-ART11", "vendor"), "vendors are not platforms under PWD-ART11");
    }

    @Test
    void lksgRiskAnalysisOfDirectSuppliers() {
        ChainOfActivities missing = flagshipLike(largeFrenchBuyer()).build();
        CompletenessReport r = check(missing, "lksg-2021");
        assertEquals(DisclosureStatus.MISSING, status(r, "LKSG-5", "provider", "partner.assessment.date"));
        assertTrue(none(r, "LKSG-5", "platform"), "indirect suppliers only on substantiated knowledge");
        ChainOfActivities done = ChainRewrite.replacePartner(missing,
                assessed(ChainFixtures.partner("provider", "FR", PartnerRole.AI_MODEL_PROVIDER, 700, true), "2025-09-01"));
        CompletenessReport ok = check(done, "lksg-2021");
        assertEquals(DisclosureStatus.DISCLOSED, status(ok, "LKSG-5", "provider", "partner.assessment.date"));
        assertEquals(DisclosureStatus.DISCLOSED, status(ok, "LKSG-5", "provider", "partner.assessment.result"));
    }

    @Test
    void oldEvidenceMakesADisclosedFactStale() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .evidence(new Evidence("e1", "moderators", List.of("pay"), SourceKind.WORKER_INTERVIEW,
                        LocalDate.of(2022, 1, 15), "DiPLab interviews")).build();
        CompletenessReport r = check(chain, "csddd-2026-470");
        assertEquals(DisclosureStatus.STALE, status(r, "CSDDD-2026-ANNEX1-WAGE", "moderators", "segment.pay"));
        assertEquals(DisclosureStatus.DISCLOSED,
                status(r, "CSDDD-2026-ART8-WORKFORCE", "moderators", "segment.countries"), "evidence covers pay only");
        CompletenessReport lenient = Completeness.check(chain, RULES,
                CompletenessOptions.defaults().withRuleSets("csddd-2026-470").withMaxEvidenceAgeMonths(60));
        assertEquals(DisclosureStatus.DISCLOSED, status(lenient, "CSDDD-2026-ANNEX1-WAGE", "moderators", "segment.pay"));
    }

    @Test
    void structuralErrorsMakeTheInputInvalid() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        CompletenessOptions errors = CompletenessOptions.defaults().withStructuralFindings(List.of(
                new Finding("STRUCT-DANGLING-REFERENCE", Severity.ERROR, "r3", "supplier", "no such entity")));
        assertEquals(Verdict.INVALID_INPUT, Completeness.check(chain, RULES, errors).verdict());
        assertEquals(Verdict.INVALID_INPUT, Completeness.check(chain, RULES,
                CompletenessOptions.defaults().withStructurallyValid(false)).verdict());
        CompletenessOptions warning = CompletenessOptions.defaults().withStructuralFindings(List.of(
                new Finding("STRUCT-X", Severity.WARNING, "r3", "supplier", "odd")));
        assertEquals(Verdict.INCOMPLETE, Completeness.check(chain, RULES, warning).verdict());
    }

    @Test
    void aFullyDisclosedChainIsComplete() {
        Rulebook own = Rulebook.builder().json("own.json", org.dutyofvigilance.rules.RulebookTestSupport.payRule()).build();
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        CompletenessReport r = Completeness.check(chain, own, CompletenessOptions.defaults());
        assertEquals(Verdict.COMPLETE, r.verdict());
        assertEquals(new BigDecimal("100.0"), r.overall().percent());
        ChainOfActivities unpaid = flagshipLike(largeFrenchBuyer())
                .workforce(ChainFixtures.segment("raters", "vendor", "KE", null, null, List.of())).build();
        CompletenessReport half = Completeness.check(unpaid, own, CompletenessOptions.defaults());
        assertEquals(Verdict.INCOMPLETE, half.verdict());
        assertEquals(new BigDecimal("50.0"), half.overall().percent());
        assertEquals(new BigDecimal("50.0"), half.byObligation().get("OWN-PAY").percent());
        assertEquals(new BigDecimal("50.0"), half.byTier().get(3).percent());
    }

    @Test
    void coverageIsGivenPerObligationPerTierAndOverall() {
        CompletenessReport r = check(flagshipLike(largeFrenchBuyer()).build(), "csddd-2026-470");
        Coverage policy = r.byObligation().get("CSDDD-2026-ART7-POLICY");
        assertEquals(4, policy.applicable());
        assertEquals(4, policy.missing());
        assertEquals(new BigDecimal("0.0"), policy.percent());
        Coverage wage = r.byObligation().get("CSDDD-2026-ANNEX1-WAGE");
        assertEquals(new BigDecimal("100.0"), wage.percent());
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(r.byTier().keySet()));
        int sum = r.byTier().values().stream().mapToInt(Coverage::applicable).sum();
        assertEquals(r.overall().applicable(), sum);
        assertTrue(r.overall().percent().compareTo(BigDecimal.ZERO) > 0);
        assertTrue(r.overall().percent().compareTo(new BigDecimal("100")) < 0);
    }

    @Test
    void defaultSelectionFollowsTheScopeAndSkipsSupersededVersions() {
        CompletenessReport r = check(flagshipLike(largeFrenchBuyer()).build());
        List<String> ids = r.ruleSets().stream().map(RuleSet::id).toList();
        assertEquals(List.of("csddd-2026-470", "fr-vigilance-2017", "esrs-s2-2023", "lksg-2021"), ids,
                "PWD is out of scope (all work in Kenya); the adopted CSDDD is superseded; ESRS and LkSG cannot be "
                        + "determined, so they are checked");
        assertFalse(r.findings().isEmpty());
        assertEquals(Verdict.INCOMPLETE, r.verdict());
    }

    @Test
    void theResultIsDeterministic() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        assertEquals(CompletenessJson.write(check(chain)), CompletenessJson.write(check(chain)));
    }

    @Test
    void noPayIsStatedAsMissingNeverAsZero() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer())
                .workforce(ChainFixtures.segment("raters", "vendor", "KE", null, null, List.of())).build();
        CompletenessReport r = check(chain, "csddd-2026-470");
        assertEquals(DisclosureStatus.MISSING, status(r, "CSDDD-2026-ANNEX1-WAGE", "raters", "segment.pay"));
        assertEquals(DisclosureStatus.NOT_APPLICABLE, status(r, "CSDDD-2026-ANNEX1-PIECE-RATE", "moderators", ""));
        ChainOfActivities piece = flagshipLike(largeFrenchBuyer())
                .workforce(ChainFixtures.segment("raters", "vendor", "UA", Pay.of("0.83", "EUR", PayUnit.TASK), null,
                        List.of())).build();
        assertEquals(DisclosureStatus.MISSING,
                status(check(piece, "csddd-2026-470"), "CSDDD-2026-ANNEX1-PIECE-RATE", "raters", "segment.pay.taskMinutes"));
    }
}
