package org.dutyofvigilance.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.ActionKind;
import org.dutyofvigilance.model.ActionStatus;
import org.dutyofvigilance.model.AssessmentMethod;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ConsultationStage;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.DueDiligencePolicy;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.GrievanceAccess;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.GrievanceStatistics;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.MonitoringIndicator;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerAssessment;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.Publication;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.StakeholderGroup;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanAssembler;
import org.dutyofvigilance.plan.PlanOptions;
import org.dutyofvigilance.plan.PlanSources;
import org.dutyofvigilance.plan.VigilancePlan;

/**
 * A flagship-like chain built in code: CAC 40 buyer → French AI provider → data platform → Nairobi vendor →
 * content moderators. Confidential fields hold marker strings (prefix {@code SECRET-}) so tests can assert
 * that none reaches the public edition.
 */
final class FlagshipChain {
    static final LocalDate REPORT_DATE = LocalDate.of(2027, 3, 31);
    /** Every string that must never appear in the public edition. */
    static final List<String> SECRETS = List.of("SECRET-CONTRACT-REF", "SECRET-ASSESSOR", "SECRET-OWNER",
            "SECRET-DESCRIPTION", "Daniel SECRETNAME");

    private FlagshipChain() {
    }

    static ChainOfActivities chain() {
        ReportingCompany company = new ReportingCompany("buyer", "Société Générale d’Énergie et Réseaux SA", "FR",
                List.of(new FinancialYear(2026, Optional.of(12_000), Optional.empty(), Optional.of(48_000),
                        Optional.of(Money.of("21000000000", "EUR")), Optional.empty())),
                Optional.of(false), Optional.of(true),
                Optional.of(new DueDiligencePolicy(Optional.of("POL-HR-7"), Optional.of("3"), Optional.empty(),
                        Optional.empty(), Optional.of(true), Optional.of("COC-2024"), Optional.of(true),
                        Optional.of("Directeur de la conformité"))),
                Optional.of(new Publication(Optional.of("https://example.com/vigilance"),
                        Optional.of(LocalDate.of(2027, 4, 30)), Optional.of(true),
                        Optional.of("En 2026, l’entreprise a cartographié sa chaîne d’IA jusqu’aux modérateurs de "
                                + "Nairobi et a ouvert un canal d’alerte en swahili."))),
                Optional.of(true), List.of());
        ReportingPeriod period = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        BusinessPartner buyer = BusinessPartner.of("buyer", "Société Générale d’Énergie et Réseaux SA", "FR",
                PartnerRole.BUYER);
        BusinessPartner provider = new BusinessPartner("provider", "Modèle Français d’IA SAS", "FR",
                PartnerRole.AI_MODEL_PROVIDER, Optional.of(800), Optional.of(true), Optional.of(LocalDate.of(2024, 2, 1)),
                Optional.of(true), Optional.of(new PartnerAssessment(Optional.of(LocalDate.of(2026, 6, 15)),
                        Optional.of(AssessmentMethod.DESK_REVIEW), Optional.of(false),
                        Optional.of("Politique droits humains publiée"), Optional.of("Équipe conformité"))),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        BusinessPartner platform = new BusinessPartner("platform", "DataWork Platform Inc.", "US",
                PartnerRole.DATA_PLATFORM, Optional.of(3_000), Optional.of(true), Optional.empty(), Optional.of(false),
                Optional.of(new PartnerAssessment(Optional.of(LocalDate.of(2026, 9, 1)),
                        Optional.of(AssessmentMethod.AUDIT), Optional.of(true),
                        Optional.of("Retenues sur salaire constatées"), Optional.of("SECRET-ASSESSOR"))),
                Optional.empty(), Optional.of(32), Optional.empty(), List.of("assessment"));
        BusinessPartner vendor = BusinessPartner.of("vendor", "Nairobi Moderation Services Ltd", "KE",
                PartnerRole.VENDOR);
        ChainBuilder b = ChainBuilder.forCompany(company, period, "EUR")
                .exchangeRate(new ExchangeRate("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2026, 12, 31),
                        "ECB reference rate"))
                .partner(buyer).partner(provider).partner(platform).partner(vendor)
                .relationship(BusinessRelationship.of("r1", "buyer", "provider", ServiceType.OTHER))
                .relationship(new BusinessRelationship("r2", "provider", "platform",
                        List.of(ServiceType.CONTENT_MODERATION, ServiceType.ANNOTATION),
                        Optional.of(new ContractedRate(new BigDecimal("12"), "USD", RateUnit.WORKER_HOUR)),
                        Optional.of(LocalDate.of(2023, 5, 1)), Optional.of("SECRET-CONTRACT-REF"), Optional.of(false),
                        Optional.of(false), List.of("contractReference")))
                .relationship(BusinessRelationship.of("r3", "platform", "vendor", ServiceType.CONTENT_MODERATION))
                .workforce(new WorkforceSegment("ds", "provider", "Data scientists", new Headcount(Optional.of(40),
                        Optional.empty()), List.of("FR"), List.of(ServiceType.OTHER), Optional.of(EmploymentStatus.EMPLOYEE),
                        Optional.of(Pay.of("200000", "EUR", PayUnit.YEAR)), WorkingConditions.undisclosed(), List.of(),
                        Optional.empty(), Optional.of(true), List.of()))
                .workforce(new WorkforceSegment("mods-ke", "vendor", "Kenyan content moderators",
                        new Headcount(Optional.of(200), Optional.of(260)), List.of("KE"),
                        List.of(ServiceType.CONTENT_MODERATION), Optional.of(EmploymentStatus.EMPLOYEE),
                        Optional.of(Pay.of("1.5", "USD", PayUnit.HOUR)),
                        new WorkingConditions(Optional.of(new BigDecimal("45")), Optional.of(new BigDecimal("8")),
                                Optional.of(PsychologicalSupport.NONE), Optional.of(50), Optional.of(true),
                                Optional.of(NdaScope.PAY_AND_CONDITIONS),
                                Optional.of(FreedomOfAssociation.RETALIATION_REPORTED), Optional.empty(),
                                Optional.of("Nairobi office"), Optional.of(false)),
                        List.of("gm1"), Optional.empty(), Optional.empty(), List.of()))
                .workforce(new WorkforceSegment("mods-foreign", "vendor", "Foreign content moderators",
                        new Headcount(Optional.empty(), Optional.empty()), List.of("KE"),
                        List.of(ServiceType.CONTENT_MODERATION), Optional.of(EmploymentStatus.EMPLOYEE),
                        Optional.of(Pay.of("2.20", "USD", PayUnit.HOUR)),
                        new WorkingConditions(Optional.of(new BigDecimal("45")), Optional.empty(),
                                Optional.of(PsychologicalSupport.NONE), Optional.of(50), Optional.of(true),
                                Optional.of(NdaScope.PAY_AND_CONDITIONS), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty()),
                        List.of(), Optional.empty(), Optional.empty(), List.of()))
                .grievanceMechanism(new GrievanceMechanism("gm1", "buyer", "Ligne d’alerte éthique",
                        List.of(GrievanceAccess.AFFECTED_WORKERS, GrievanceAccess.WORKER_REPRESENTATIVES),
                        List.of("fr", "en", "sw"), Optional.of(true), Optional.of(true), Optional.of(false),
                        Optional.of(new GrievanceStatistics(Optional.of(14), Optional.of(5), Optional.of(3),
                                Optional.empty())), List.of()))
                .incident(new Incident("i1", "vendor", Optional.of("mods-ke"), IncidentKind.DISMISSAL,
                        Optional.of(LocalDate.of(2019, 3, 1)),
                        "A worker who tried to organise colleagues was dismissed and expelled within three weeks.",
                        Optional.of(1), Optional.empty(), List.of("Daniel SECRETNAME"), List.of()))
                .incident(new Incident("i2", "vendor", Optional.of("mods-ke"), IncidentKind.LAWSUIT,
                        Optional.of(LocalDate.of(2024, 12, 1)), "SECRET-DESCRIPTION", Optional.of(185),
                        Optional.empty(), List.of(), List.of("description")))
                .action(new Action("a1", "mods-ke", Optional.of(ImpactCategory.OCCUPATIONAL_HEALTH_SAFETY),
                        ActionKind.CORRECTIVE, "Psychological support during working time for moderators",
                        Optional.of("SECRET-OWNER"), Optional.of(LocalDate.of(2027, 6, 30)), ActionStatus.PLANNED,
                        List.of("owner")))
                .action(new Action("a2", "platform", Optional.of(ImpactCategory.LIVING_WAGE),
                        ActionKind.CONTRACTUAL_ASSURANCE, "Living-wage clause cascaded to the vendor",
                        Optional.of("Achats"), Optional.of(LocalDate.of(2027, 12, 31)), ActionStatus.IN_PROGRESS,
                        List.of()))
                .consultation(new StakeholderConsultation("c1", ConsultationStage.ALERT_MECHANISM,
                        StakeholderGroup.TRADE_UNIONS, "Kenyan content moderators’ union", Optional.of(
                        LocalDate.of(2026, 10, 2)), Optional.of("vendor"), Optional.of("Swahili channel requested")))
                .monitoringIndicator(new MonitoringIndicator("m1", "Moderators with psychological support", Optional.of("%"),
                        Optional.of(new BigDecimal("0")), Optional.of(new BigDecimal("0")), Optional.of(new BigDecimal("100"))))
                .notes("Chaîne d’essai inspirée des faits publics : 12 USD par heure travaillée, 1,5 USD de l’heure.");
        return b.build();
    }

    static byte[] json(ChainOfActivities chain) {
        try {
            return StrictJson.mapper().writeValueAsBytes(chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> findings() {
        return List.of(new Finding("STRUCT-MISSING-HEADCOUNT", Severity.WARNING, "mods-foreign", "headcount",
                "The headcount of this segment is not disclosed."));
    }

    static VigilancePlan plan(Edition edition) {
        ChainOfActivities chain = chain();
        return PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), findings(),
                InputDocument.of("flagship.json", json(chain))), new PlanOptions(edition, REPORT_DATE));
    }
}
