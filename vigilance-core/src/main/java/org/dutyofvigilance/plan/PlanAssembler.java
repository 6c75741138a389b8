package org.dutyofvigilance.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.PublicEditionRedaction;
import org.dutyofvigilance.json.FindingsJson;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.MonitoringIndicator;
import org.dutyofvigilance.model.PartnerAssessment;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.PlatformPractices;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/**
 * Assembles a {@link VigilancePlan} from a chain, its graph, the findings and the input file: it decides
 * which sections exist and what they show, applies the edition (withholding confidential fields in the
 * public one) and prepares the files to attach.
 *
 * <p>Use {@code PlanAssembler.assemble(PlanSources.of(chain, graph, findings, input), options)}. A pure
 * function: no clock, no I/O, no printing; the same sources give an equal plan. Facts are shown as the
 * chain gives them; the only figures derived here are counts and sums of disclosed headcounts, and, when the
 * sources carry no measured pass-through ({@link PlanSources#passThroughShares()}), the pass-through share
 * where a contracted worker-hour rate and an hourly pay share a currency. Every other figure (verdict,
 * completeness, headline indicators, converted pass-through, wage ladder) comes computed in the sources, with
 * the fact paths it rests on, and is withheld in the public edition when one of them is confidential.
 */
public final class PlanAssembler {
    /** Above this many entities (or this many in one tier) the diagram is summarised per tier. */
    static final int DIAGRAM_MAX_ENTITIES = 24;
    static final int DIAGRAM_MAX_PER_TIER = 5;
    /** At most this many bars in the pass-through figure; every pair is listed in the table. */
    static final int PASS_THROUGH_MAX_BARS = 8;

    private final ChainOfActivities chain;
    private final ChainGraph graph;
    private final PlanSources sources;
    private final boolean isPublic;
    /** Detail tables of a chain too large to show in its own section; they go to the annex. */
    private final List<Block> annexDetail = new ArrayList<>();

    private PlanAssembler(PlanSources sources, PlanOptions options) {
        this.sources = sources;
        this.chain = sources.chain();
        this.graph = sources.graph();
        this.isPublic = options.edition() == Edition.PUBLIC;
    }

    /** Assembles the plan for the given edition and report date. */
    public static VigilancePlan assemble(PlanSources sources, PlanOptions options) {
        return new PlanAssembler(sources, options).build(options);
    }

    private VigilancePlan build(PlanOptions options) {
        ReportingCompany company = chain.reportingCompany();
        Cover cover = new Cover(guard(company.confidential(), "name", () -> PlanValue.text(company.name())),
                company.country(), chain.reportingPeriod().start(), chain.reportingPeriod().end(),
                options.reportDate(), options.edition(), chain.reportCurrency(), chain.formatVersion(),
                sources.input().fileName(), sources.input().sha256(), sources.ruleSets());
        List<Section> sections = new ArrayList<>();
        scope().ifPresent(sections::add);
        sections.add(chainSection());
        riskMap().ifPresent(sections::add);
        evaluation().ifPresent(sections::add);
        actions().ifPresent(sections::add);
        alerts().ifPresent(sections::add);
        stakeholders().ifPresent(sections::add);
        monitoring().ifPresent(sections::add);
        sections.add(completeness());
        sections.add(annex());
        sections.add(0, summary(sections));
        return new VigilancePlan(cover, sections, attachments());
    }

    // ---------------------------------------------------------------- values

    /** Whether a field path is left out of this edition, given the record's confidential list. */
    private boolean hidden(List<String> confidential, String field) {
        if (!isPublic) {
            return false;
        }
        for (String c : confidential) {
            if (c.equals(field) || field.startsWith(c + ".") || c.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    private PlanValue guard(List<String> confidential, String field, Supplier<PlanValue> value) {
        return hidden(confidential, field) ? PlanValue.WITHHELD : value.get();
    }

    private static <T> PlanValue opt(Optional<T> fact, Function<T, PlanValue> show) {
        return fact.isPresent() ? show.apply(fact.get()) : PlanValue.NOT_DISCLOSED;
    }

    private static PlanValue count(long n) {
        return new PlanValue.Count(n);
    }

    private static PlanValue decimal(BigDecimal n) {
        return new PlanValue.Decimal(n);
    }

    private static PlanValue date(java.time.LocalDate d) {
        return new PlanValue.Date(d);
    }

    /** Most rows a detail table lists in the body of the plan; the attached JSON files hold every row. */
    static final int MAX_TABLE_ROWS = 300;

    /**
     * The first {@link #MAX_TABLE_ROWS} rows of a detail table, followed, when rows were left out, by a note
     * that says how many and where all of them are (an attached file, or none in the public edition).
     */
    private static List<Block> capped(List<String> headers, List<Integer> widths, List<List<PlanValue>> rows,
            String attachedFile) {
        if (rows.size() <= MAX_TABLE_ROWS) {
            return List.of(new Block.Table(headers, widths, rows));
        }
        PlanValue note = attachedFile == null
                ? PlanValue.message("table.truncated", count(MAX_TABLE_ROWS), count(rows.size()))
                : PlanValue.message("table.truncatedAttached", count(MAX_TABLE_ROWS), count(rows.size()),
                        PlanValue.text(attachedFile));
        return List.of(new Block.Table(headers, widths, rows.subList(0, MAX_TABLE_ROWS)), new Block.Paragraph(note));
    }

    private static PlanValue yesNo(boolean b) {
        return new PlanValue.YesNo(b);
    }

    private static PlanValue labels(List<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return PlanValue.NOT_DISCLOSED;
        }
        return new PlanValue.Joined(values.stream().map(PlanValue::label).toList());
    }

    private static PlanValue texts(List<String> values) {
        if (values.isEmpty()) {
            return PlanValue.NOT_DISCLOSED;
        }
        return PlanValue.text(String.join(", ", values));
    }

    private static PlanValue rate(ContractedRate r) {
        return new PlanValue.Amount(r.amount(), r.currency(), "RateUnit." + r.per().name());
    }

    private static PlanValue pay(Pay p) {
        PlanValue amount = new PlanValue.Amount(p.amount(), p.currency(), "PayUnit." + p.per().name());
        if (p.per() == PayUnit.TASK && p.taskMinutes().isPresent()) {
            return PlanValue.message("value.payPerTaskMinutes", amount, decimal(p.taskMinutes().get()));
        }
        return amount;
    }

    private PlanValue partnerName(String id) {
        Optional<BusinessPartner> p = graph.partner(id);
        if (p.isEmpty()) {
            return PlanValue.message("value.unknownEntity", PlanValue.text(id));
        }
        return guard(p.get().confidential(), "legalName", () -> PlanValue.text(p.get().legalName()));
    }

    private PlanValue tierOf(String id) {
        OptionalInt t = graph.tier(id);
        return t.isPresent() ? count(t.getAsInt()) : PlanValue.label("value.unconnected");
    }

    /** Disclosed, not withheld headcount of a segment. */
    private Optional<Integer> headcount(WorkforceSegment s) {
        if (hidden(s.confidential(), "headcount")) {
            return Optional.empty();
        }
        return s.headcount().best();
    }

    private PlanValue headcountAt(String entityId) {
        List<WorkforceSegment> segs = graph.segmentsAt(entityId);
        if (segs.isEmpty()) {
            return PlanValue.EMPTY;
        }
        long sum = 0;
        int known = 0;
        for (WorkforceSegment s : segs) {
            Optional<Integer> h = headcount(s);
            if (h.isPresent()) {
                sum += h.get();
                known++;
            }
        }
        if (known == 0) {
            return PlanValue.NOT_DISCLOSED;
        }
        return known == segs.size() ? count(sum) : PlanValue.message("value.atLeast", count(sum));
    }

    // ---------------------------------------------------------------- 2 summary

    /** The five measures of L.225-102-4 and the section of this plan that carries each one, if any. */
    private static final List<SectionKind> FRENCH_MEASURES = List.of(SectionKind.RISK_MAP, SectionKind.EVALUATION,
            SectionKind.ACTIONS, SectionKind.ALERTS, SectionKind.MONITORING);

    private Section summary(List<Section> others) {
        List<Block> blocks = new ArrayList<>();
        sources.overview().ifPresent(o -> blocks.addAll(overview(o)));
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("summary.entities", count(chain.businessPartners().size())));
        facts.add(new Block.Fact("summary.deepestTier", count(graph.maxTier())));
        facts.add(new Block.Fact("summary.relationships", count(chain.relationships().size())));
        facts.add(new Block.Fact("summary.segments", count(chain.workforceSegments().size())));
        long workers = 0;
        int unknown = 0;
        for (WorkforceSegment s : chain.workforceSegments()) {
            Optional<Integer> h = headcount(s);
            if (h.isPresent()) {
                workers += h.get();
            } else {
                unknown++;
            }
        }
        PlanValue people;
        if (chain.workforceSegments().isEmpty()) {
            people = PlanValue.NOT_DISCLOSED;
        } else if (unknown == chain.workforceSegments().size()) {
            people = PlanValue.NOT_DISCLOSED;
        } else if (unknown > 0) {
            people = PlanValue.message("value.workersPartlyKnown", count(workers), count(unknown),
                    count(chain.workforceSegments().size()));
        } else {
            people = count(workers);
        }
        facts.add(new Block.Fact("summary.workers", people));
        facts.add(new Block.Fact("summary.incidents", count(chain.incidents().size())));
        facts.add(new Block.Fact("summary.actions", count(chain.actions().size())));
        facts.add(new Block.Fact("summary.mechanisms", count(chain.grievanceMechanisms().size())));
        Map<org.dutyofvigilance.check.Severity, Long> bySeverity =
                new EnumMap<>(org.dutyofvigilance.check.Severity.class);
        for (Finding f : sources.structuralFindings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
        }
        facts.add(new Block.Fact("summary.structuralFindings", PlanValue.message("value.findingsBySeverity",
                count(bySeverity.getOrDefault(org.dutyofvigilance.check.Severity.ERROR, 0L)),
                count(bySeverity.getOrDefault(org.dutyofvigilance.check.Severity.WARNING, 0L)),
                count(bySeverity.getOrDefault(org.dutyofvigilance.check.Severity.INFO, 0L)))));
        sources.obligationFindings().ifPresent(list -> facts.add(
                new Block.Fact("summary.obligationFindings", count(list.size()))));
        blocks.add(new Block.SubSection(PlanValue.label("summary.keyFigures"), List.of(new Block.Facts(facts))));
        List<List<PlanValue>> measures = new ArrayList<>();
        int n = 0;
        for (SectionKind kind : FRENCH_MEASURES) {
            n++;
            boolean present = others.stream().anyMatch(s -> s.kind() == kind);
            measures.add(List.of(PlanValue.label("summary.measure" + n), PlanValue.label("section." + kind.name()),
                    PlanValue.label(present ? "summary.inThisPlan" : "summary.notInThisPlan")));
        }
        blocks.add(new Block.SubSection(PlanValue.label("summary.measures"), List.of(new Block.Table(
                List.of("col.measure", "col.section", "col.inPlan"), List.of(5, 6, 4), measures))));
        blocks.add(new Block.SubSection(PlanValue.label("company.title"), companyBlocks()));
        chain.notes().ifPresent(note -> blocks.add(new Block.SubSection(PlanValue.label("summary.notes"),
                List.of(new Block.Paragraph(PlanValue.text(note))))));
        return new Section(SectionKind.SUMMARY, blocks);
    }

    /** Roles whose workforce is the data work of the chain: platforms, vendors and intermediaries. */
    private static final Set<PartnerRole> DATA_WORK_ROLES = Set.of(PartnerRole.DATA_PLATFORM, PartnerRole.VENDOR,
            PartnerRole.INTERMEDIARY);

    /** At most this many risks in the summary. */
    static final int SUMMARY_RISKS = 5;

    /** The verdict, the headline figures and the highest-priority risks, at the top of the summary. */
    private List<Block> overview(Overview o) {
        List<Block> blocks = new ArrayList<>();
        PlanValue verdict = PlanValue.label("summary.verdict." + o.verdict().name());
        blocks.add(new Block.Facts(List.of(new Block.Fact("summary.verdict", o.completeness().isPresent()
                ? PlanValue.message("summary.verdictWithCompleteness", verdict,
                        new PlanValue.Share(o.completeness().get().movePointLeft(2)))
                : verdict))));
        List<List<PlanValue>> rows = new ArrayList<>();
        for (Headline h : o.headlines()) {
            boolean withheld = restsOnWithheld(h.inputs());
            rows.add(List.of(PlanValue.label(h.labelKey()), withheld ? PlanValue.WITHHELD : h.value(),
                    withheld ? PlanValue.WITHHELD : h.detail()));
            if (h.labelKey().equals("headline.livingWage")) {
                rows.add(workersCovered());
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.SubSection(PlanValue.label("summary.headlines"), List.of(new Block.Table(
                    List.of("col.indicator", "col.value", "col.basis"), List.of(4, 3, 9), rows))));
        }
        sources.riskMap().ifPresent(map -> {
            List<List<PlanValue>> risks = new ArrayList<>();
            int rank = 0;
            for (RiskEntry r : map.risks()) {
                if (rank == SUMMARY_RISKS) {
                    break;
                }
                risks.add(List.of(count(++rank), targetName(r.entity()), PlanValue.label(r.impact()),
                        count(r.severity()), count(r.likelihood()), r.occurrence()));
            }
            blocks.add(new Block.SubSection(PlanValue.message("summary.topRisks", count(risks.size())),
                    risks.isEmpty() ? List.of(new Block.Paragraph(PlanValue.label("summary.noRisk")))
                            : List.of(new Block.Table(List.of("col.rank", "col.entity", "col.impact", "col.severity",
                                    "col.likelihood", "col.occurrence"), List.of(1, 5, 5, 2, 2, 2), risks))));
        });
        return blocks;
    }

    /** Disclosed headcount of the segments at data platforms, vendors and intermediaries, and what is unknown. */
    private List<PlanValue> workersCovered() {
        long workers = 0;
        int unknown = 0;
        int segments = 0;
        for (WorkforceSegment s : chain.workforceSegments()) {
            Optional<BusinessPartner> p = graph.partner(s.entity());
            if (p.isEmpty() || !DATA_WORK_ROLES.contains(p.get().role())) {
                continue;
            }
            segments++;
            Optional<Integer> h = headcount(s);
            if (h.isPresent()) {
                workers += h.get();
            } else {
                unknown++;
            }
        }
        long withoutSegment = chain.businessPartners().stream().filter(p -> DATA_WORK_ROLES.contains(p.role()))
                .filter(p -> graph.segmentsAt(p.id()).isEmpty()).count();
        PlanValue value = segments == 0 || unknown == segments ? PlanValue.NOT_DISCLOSED
                : unknown > 0 || withoutSegment > 0 ? PlanValue.message("value.atLeast", count(workers))
                : count(workers);
        PlanValue detail = PlanValue.message(unknown == 0 ? "headline.workersDetail" : "headline.workersDetailPartly",
                count(segments), count(unknown));
        if (withoutSegment > 0) {
            detail = PlanValue.message("headline.workersNoSegment", detail, count(withoutSegment));
        }
        return List.of(PlanValue.label("headline.workers"), value, detail);
    }

    /** The reporting company's own facts: size over the last years, policy (CSDDD Art 7) and publication. */
    private List<Block> companyBlocks() {
        ReportingCompany c = chain.reportingCompany();
        List<String> conf = c.confidential();
        List<Block> blocks = new ArrayList<>();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("company.listed", guard(conf, "listed", () -> opt(c.listed(), PlanAssembler::yesNo))));
        facts.add(new Block.Fact("company.csrd",
                guard(conf, "csrdReporter", () -> opt(c.csrdReporter(), PlanAssembler::yesNo))));
        facts.add(new Block.Fact("company.climatePlan", guard(conf, "climateTransitionPlan",
                () -> opt(c.climateTransitionPlan(), PlanAssembler::yesNo))));
        if (hidden(conf, "policy")) {
            facts.add(new Block.Fact("company.policy", PlanValue.WITHHELD));
        } else if (c.policy().isEmpty()) {
            facts.add(new Block.Fact("company.policy", PlanValue.NOT_DISCLOSED));
        } else {
            var p = c.policy().get();
            facts.add(new Block.Fact("company.policy", p.reference().isPresent() || p.version().isPresent()
                    ? PlanValue.text((p.reference().orElse("") + " " + p.version().map(v -> "v" + v).orElse("")).trim())
                    : PlanValue.NOT_DISCLOSED));
            facts.add(new Block.Fact("company.policyAdopted", opt(p.adopted(), PlanAssembler::date)));
            facts.add(new Block.Fact("company.policyReviewed", opt(p.lastReviewed(), PlanAssembler::date)));
            facts.add(new Block.Fact("company.employeesConsulted", opt(p.employeesConsulted(), PlanAssembler::yesNo)));
            facts.add(new Block.Fact("company.codeOfConduct", opt(p.codeOfConduct(), PlanValue::text)));
            facts.add(new Block.Fact("company.forcedChildLabour", opt(p.coversForcedAndChildLabour(),
                    PlanAssembler::yesNo)));
            facts.add(new Block.Fact("company.responsible", opt(p.responsiblePerson(), PlanValue::text)));
        }
        if (hidden(conf, "publication")) {
            facts.add(new Block.Fact("company.publicationUrl", PlanValue.WITHHELD));
        } else {
            var pub = c.publication();
            facts.add(new Block.Fact("company.publicationUrl",
                    pub.flatMap(x -> x.url()).map(PlanValue::text).orElse(PlanValue.NOT_DISCLOSED)));
            facts.add(new Block.Fact("company.published",
                    pub.flatMap(x -> x.published()).map(PlanAssembler::date).orElse(PlanValue.NOT_DISCLOSED)));
            facts.add(new Block.Fact("company.inManagementReport",
                    pub.flatMap(x -> x.inManagementReport()).map(PlanAssembler::yesNo).orElse(PlanValue.NOT_DISCLOSED)));
        }
        blocks.add(new Block.Facts(facts));
        if (!c.financialYears().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            boolean withheld = hidden(conf, "financialYears");
            for (FinancialYear y : c.financialYears()) {
                rows.add(withheld ? List.of(PlanValue.text(Integer.toString(y.year())), PlanValue.WITHHELD, PlanValue.WITHHELD,
                        PlanValue.WITHHELD, PlanValue.WITHHELD, PlanValue.WITHHELD)
                        : List.of(PlanValue.text(Integer.toString(y.year())), opt(y.employeesFrance(), n -> count(n)),
                        opt(y.employeesGermany(), n -> count(n)), opt(y.employeesWorldwide(), n -> count(n)),
                        opt(y.netTurnoverWorldwide(), m -> new PlanValue.Amount(m.amount(), m.currency(), "")),
                        opt(y.netTurnoverEu(), m -> new PlanValue.Amount(m.amount(), m.currency(), ""))));
            }
            blocks.add(new Block.Table(List.of("col.year", "col.employeesFrance", "col.employeesGermany",
                    "col.employeesWorldwide", "col.turnoverWorldwide", "col.turnoverEu"), List.of(1, 2, 2, 2, 3, 3),
                    rows));
        }
        return blocks;
    }

    // ---------------------------------------------------------------- 3 scope

    private Optional<Section> scope() {
        if (sources.scope().isEmpty()) {
            return Optional.empty();
        }
        List<List<PlanValue>> rows = new ArrayList<>();
        for (ScopeStatement s : sources.scope()) {
            rows.add(List.of(s.regime(), PlanValue.label(s.verdict()),
                    s.reasons().isEmpty() ? PlanValue.EMPTY : new PlanValue.Joined(s.reasons())));
        }
        return Optional.of(new Section(SectionKind.SCOPE, List.of(new Block.Table(
                List.of("col.regime", "col.verdict", "col.reasons"), List.of(3, 2, 7), rows))));
    }

    // ---------------------------------------------------------------- 4 chain

    private Section chainSection() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(PlanValue.message("chain.intro", count(chain.businessPartners().size()),
                count(graph.maxTier()))));
        Figure diagram = diagram();
        blocks.add(diagram);
        boolean summarised = diagram instanceof Figure.TierSummary;

        List<List<PlanValue>> entities = new ArrayList<>();
        for (BusinessPartner p : chain.businessPartners()) {
            entities.add(List.of(PlanValue.text(p.id()), partnerName(p.id()), PlanValue.label(p.role()),
                    PlanValue.text(p.country()), tierOf(p.id()), PlanValue.label(graph.relation(p.id())),
                    guard(p.confidential(), "employees", () -> opt(p.employees(), e -> count(e))),
                    headcountAt(p.id()),
                    guard(p.confidential(), "declaredAnnotators",
                            () -> p.declaredAnnotators().<PlanValue>map(n -> count(n)).orElse(PlanValue.EMPTY))));
        }
        Block.Table entityTable = new Block.Table(List.of("col.id", "col.name", "col.role", "col.country",
                "col.tier", "col.relation", "col.employees", "col.dataWorkers", "col.declaredAnnotators"),
                List.of(3, 4, 3, 2, 1, 2, 2, 2, 2), entities);
        // a large chain keeps its summary here and sends the entity-by-entity tables to the annex
        List<Block> detail = summarised ? annexDetail : blocks;
        if (summarised) {
            blocks.add(new Block.Paragraph(PlanValue.label("chain.detailInAnnex")));
        }
        detail.add(new Block.SubSection(PlanValue.label("chain.entities"), List.of(entityTable)));

        if (!chain.relationships().isEmpty()) {
            List<List<PlanValue>> rels = new ArrayList<>();
            for (BusinessRelationship r : chain.relationships()) {
                List<String> c = r.confidential();
                rels.add(List.of(partnerName(r.customer()), partnerName(r.supplier()),
                        guard(c, "services", () -> labels(r.services())),
                        guard(c, "contractedRate", () -> opt(r.contractedRate(), PlanAssembler::rate)),
                        guard(c, "since", () -> opt(r.since(), PlanAssembler::date)),
                        guard(c, "contractualAssurance", () -> opt(r.contractualAssurance(), PlanAssembler::yesNo)),
                        guard(c, "cascadedToSubtiers", () -> opt(r.cascadedToSubtiers(), PlanAssembler::yesNo))));
            }
            detail.add(new Block.SubSection(PlanValue.label("chain.relationships"), List.of(new Block.Table(
                    List.of("col.customer", "col.supplier", "col.services", "col.contractedRate", "col.since",
                            "col.assurance", "col.cascaded"), List.of(4, 4, 3, 3, 2, 2, 2), rels))));
        }

        if (!chain.workforceSegments().isEmpty()) {
            List<List<PlanValue>> people = new ArrayList<>();
            List<List<PlanValue>> conditions = new ArrayList<>();
            for (WorkforceSegment s : chain.workforceSegments()) {
                List<String> c = s.confidential();
                people.add(List.of(PlanValue.text(s.name()), partnerName(s.entity()),
                        guard(c, "headcount.declared", () -> opt(s.headcount().declared(), n -> count(n))),
                        guard(c, "headcount.estimated", () -> opt(s.headcount().estimated(), n -> count(n))),
                        guard(c, "countries", () -> texts(s.countries())),
                        guard(c, "tasks", () -> labels(s.tasks())),
                        guard(c, "employmentStatus", () -> opt(s.employmentStatus(), PlanValue::label)),
                        guard(c, "pay", () -> opt(s.pay(), PlanAssembler::pay))));
                WorkingConditions w = s.conditions();
                conditions.add(List.of(PlanValue.text(s.name()),
                        guard(c, "conditions.hoursPerWeek", () -> opt(w.hoursPerWeek(),
                                h -> PlanValue.message("unit.hoursPerWeek", decimal(h)))),
                        guard(c, "conditions.harmfulContentHoursPerDay", () -> opt(w.harmfulContentHoursPerDay(),
                                h -> PlanValue.message("unit.hoursPerDay", decimal(h)))),
                        guard(c, "conditions.secondsPerItem", () -> opt(w.secondsPerItem(),
                                n -> PlanValue.message("unit.secondsPerItem", count(n)))),
                        guard(c, "conditions.screenSurveillance", () -> opt(w.screenSurveillance(),
                                PlanAssembler::yesNo)),
                        guard(c, "conditions.psychologicalSupport", () -> opt(w.psychologicalSupport(),
                                PlanValue::label)),
                        guard(c, "conditions.nda", () -> opt(w.nda(), PlanValue::label)),
                        guard(c, "conditions.freedomOfAssociation", () -> opt(w.freedomOfAssociation(),
                                PlanValue::label)),
                        guard(c, "conditions.youngestWorkerAge", () -> opt(w.youngestWorkerAge(), n -> count(n))),
                        guard(c, "conditions.workplace", () -> opt(w.workplace(), PlanValue::text))));
            }
            detail.add(new Block.SubSection(PlanValue.label("chain.workforce"), List.of(new Block.Table(
                    List.of("col.segment", "col.entity", "col.declared", "col.estimated", "col.countries",
                            "col.tasks", "col.status", "col.pay"), List.of(4, 3, 2, 2, 2, 3, 2, 3), people))));
            detail.add(new Block.SubSection(PlanValue.label("chain.conditions"), List.of(new Block.Table(
                    List.of("col.segment", "col.hoursPerWeek", "col.harmfulHours", "col.secondsPerItem",
                            "col.surveillance", "col.psychSupport", "col.nda", "col.association",
                            "col.youngest", "col.workplace"), List.of(4, 2, 2, 2, 2, 3, 3, 3, 2, 2), conditions))));
        }

        passThrough().ifPresent(blocks::add);

        if (!chain.incidents().isEmpty()) {
            List<String> headers = new ArrayList<>(List.of("col.entity", "col.kind", "col.date",
                    "col.description", "col.peopleAffected", "col.amount"));
            List<Integer> widths = new ArrayList<>(List.of(3, 2, 2, 6, 2, 2));
            if (!isPublic) {
                headers.add("col.namedIndividuals");
                widths.add(3);
            }
            List<List<PlanValue>> rows = new ArrayList<>();
            for (Incident i : chain.incidents()) {
                List<String> c = i.confidential();
                List<PlanValue> row = new ArrayList<>(List.of(partnerName(i.entity()), PlanValue.label(i.kind()),
                        guard(c, "date", () -> opt(i.date(), PlanAssembler::date)),
                        guard(c, "description", () -> PlanValue.text(i.description())),
                        guard(c, "peopleAffected", () -> opt(i.peopleAffected(), n -> count(n))),
                        guard(c, "amount", () -> opt(i.amount(),
                                m -> new PlanValue.Amount(m.amount(), m.currency(), "")))));
                if (!isPublic) {
                    row.add(i.namedIndividuals().isEmpty() ? PlanValue.EMPTY
                            : PlanValue.text(String.join(", ", i.namedIndividuals())));
                }
                rows.add(row);
            }
            blocks.add(new Block.SubSection(PlanValue.label("chain.incidents"),
                    List.of(new Block.Table(headers, widths, rows))));
        }

        if (!chain.environmentalFacts().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (EnvironmentalFacts e : chain.environmentalFacts()) {
                List<PlanValue> minerals = new ArrayList<>();
                for (MineralSourcing m : e.minerals()) {
                    minerals.add(PlanValue.message("value.mineral", PlanValue.text(m.mineral()),
                            PlanValue.text(m.originCountry()),
                            opt(m.tonnes(), PlanAssembler::decimal)));
                }
                rows.add(List.of(partnerName(e.entity()),
                        opt(e.energyMwh(), PlanAssembler::decimal),
                        opt(e.waterCubicMetres(), PlanAssembler::decimal),
                        opt(e.emissionsTco2e(), PlanAssembler::decimal),
                        minerals.isEmpty() ? PlanValue.NOT_DISCLOSED : new PlanValue.Joined(minerals)));
            }
            blocks.add(new Block.SubSection(PlanValue.label("chain.environment"), List.of(new Block.Table(
                    List.of("col.entity", "col.energyMwh", "col.waterM3", "col.emissionsT", "col.minerals"),
                    List.of(4, 2, 2, 2, 5), rows))));
        }
        return new Section(SectionKind.CHAIN, blocks);
    }

    private Figure diagram() {
        Map<Integer, Integer> perTier = new TreeMap<>();
        List<BusinessPartner> connected = new ArrayList<>();
        for (BusinessPartner p : chain.businessPartners()) {
            OptionalInt t = graph.tier(p.id());
            if (t.isPresent()) {
                connected.add(p);
                perTier.merge(t.getAsInt(), 1, Integer::sum);
            }
        }
        boolean large = connected.size() > DIAGRAM_MAX_ENTITIES
                || perTier.values().stream().anyMatch(n -> n > DIAGRAM_MAX_PER_TIER);
        if (large) {
            Map<Integer, Map<PartnerRole, Long>> roles = new TreeMap<>();
            Map<Integer, long[]> heads = new TreeMap<>(); // [sum, segments known, segments]
            for (BusinessPartner p : connected) {
                int t = graph.tier(p.id()).getAsInt();
                roles.computeIfAbsent(t, k -> new EnumMap<>(PartnerRole.class)).merge(p.role(), 1L, Long::sum);
                long[] h = heads.computeIfAbsent(t, k -> new long[3]);
                for (WorkforceSegment s : graph.segmentsAt(p.id())) {
                    h[2]++;
                    Optional<Integer> n = headcount(s);
                    if (n.isPresent()) {
                        h[0] += n.get();
                        h[1]++;
                    }
                }
            }
            List<Figure.TierLine> lines = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : perTier.entrySet()) {
                List<PlanValue> rs = new ArrayList<>();
                roles.get(e.getKey()).forEach((role, n) -> rs.add(PlanValue.message("value.roleCount",
                        PlanValue.label(role), count(n))));
                long[] h = heads.get(e.getKey());
                PlanValue hc = h == null || h[2] == 0 ? PlanValue.EMPTY
                        : h[1] == 0 ? PlanValue.NOT_DISCLOSED
                        : h[1] == h[2] ? count(h[0]) : PlanValue.message("value.atLeast", count(h[0]));
                lines.add(new Figure.TierLine(e.getKey(), e.getValue(), new PlanValue.Joined(rs), hc));
            }
            return new Figure.TierSummary(lines);
        }
        List<Figure.Node> nodes = new ArrayList<>();
        for (BusinessPartner p : connected) {
            nodes.add(new Figure.Node(p.id(), partnerName(p.id()), PlanValue.label(p.role()), p.country(),
                    graph.tier(p.id()).getAsInt(), headcountAt(p.id())));
        }
        List<Figure.Edge> edges = new ArrayList<>();
        for (BusinessRelationship r : chain.relationships()) {
            if (graph.tier(r.customer()).isPresent() && graph.tier(r.supplier()).isPresent()) {
                edges.add(new Figure.Edge(r.customer(), r.supplier(), guard(r.confidential(), "contractedRate",
                        () -> r.contractedRate().map(PlanAssembler::rate).orElse(PlanValue.NOT_DISCLOSED))));
            }
        }
        return new Figure.ChainDiagram(nodes, edges);
    }

    /**
     * Pairs each segment paid per hour with the nearest disclosed worker-hour rate above it in the chain, when
     * both are in the same currency. No conversion is made here.
     */
    private Optional<Block> passThrough() {
        if (!sources.passThroughShares().isEmpty()) {
            return measuredPassThrough();
        }
        List<Figure.PassThroughBar> bars = new ArrayList<>();
        List<List<PlanValue>> rows = new ArrayList<>();
        for (WorkforceSegment s : chain.workforceSegments()) {
            if (s.pay().isEmpty() || s.pay().get().per() != PayUnit.HOUR || hidden(s.confidential(), "pay")) {
                continue;
            }
            Pay pay = s.pay().get();
            for (BusinessRelationship r : nearestHourlyRates(s.entity(), pay.currency())) {
                ContractedRate rate = r.contractedRate().get();
                PlanValue label = PlanValue.message("value.segmentAt", PlanValue.text(s.name()),
                        partnerName(s.entity()));
                Figure.PassThroughBar bar = new Figure.PassThroughBar(label, pay.currency(), rate.amount(),
                        pay.amount());
                bars.add(bar);
                rows.add(List.of(PlanValue.text(s.name()), PlanValue.message("value.contract",
                        partnerName(r.customer()), partnerName(r.supplier())), rate(rate), pay(pay),
                        new PlanValue.Share(bar.share())));
            }
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(PlanValue.label("chain.passThroughIntro")));
        blocks.add(new Figure.PassThrough(bars.subList(0, Math.min(bars.size(), PASS_THROUGH_MAX_BARS))));
        blocks.add(new Block.Table(List.of("col.segment", "col.contract", "col.contractedRate", "col.pay",
                "col.passThrough"), List.of(4, 5, 3, 3, 2), rows));
        return Optional.of(new Block.SubSection(PlanValue.label("chain.passThrough"), blocks));
    }

    /**
     * The pass-through shares the indicators computed (any currency: the worker's pay converted with the chain's
     * exchange rates), one bar and one row per segment and path; those resting on a withheld fact are left out.
     */
    private Optional<Block> measuredPassThrough() {
        Map<String, BusinessRelationship> relationships = new java.util.HashMap<>();
        chain.relationships().forEach(r -> relationships.put(r.id(), r));
        Map<String, WorkforceSegment> segments = new java.util.HashMap<>();
        chain.workforceSegments().forEach(w -> segments.put(w.id(), w));
        List<Figure.PassThroughBar> bars = new ArrayList<>();
        List<List<PlanValue>> rows = new ArrayList<>();
        for (PassThroughShare p : sources.passThroughShares()) {
            WorkforceSegment s = segments.get(p.segment());
            BusinessRelationship ref = relationships.get(p.reference());
            if (s == null || ref == null || restsOnWithheld(p.inputs())) {
                continue;
            }
            PlanValue path = pathOf(p.path(), relationships);
            PlanValue contract = PlanValue.message("value.contract", partnerName(ref.customer()),
                    partnerName(ref.supplier()));
            bars.add(new Figure.PassThroughBar(PlanValue.message("value.segmentVia", PlanValue.text(s.name()), contract),
                    p.currency(), p.contractRate(), p.hourlyPay()));
            rows.add(List.of(PlanValue.text(s.name()), path, contract,
                    new PlanValue.Amount(p.contractRate(), p.currency(), "RateUnit.WORKER_HOUR"),
                    new PlanValue.Amount(p.hourlyPay(), p.currency(), "PayUnit.HOUR"), new PlanValue.Share(p.share())));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(PlanValue.label("chain.passThroughIntroMeasured")));
        blocks.add(new Figure.PassThrough(bars.subList(0, Math.min(bars.size(), PASS_THROUGH_MAX_BARS))));
        blocks.add(new Block.Table(List.of("col.segment", "col.path", "col.contract", "col.contractedRate",
                "col.payInRateCurrency", "col.passThrough"), List.of(3, 5, 4, 3, 3, 2), rows));
        return Optional.of(new Block.SubSection(PlanValue.label("chain.passThrough"), blocks));
    }

    /** A path of relationships as the names of the entities it links, e.g. A → B → C. */
    private PlanValue pathOf(List<String> ids, Map<String, BusinessRelationship> relationships) {
        PlanValue out = null;
        for (String id : ids) {
            BusinessRelationship r = relationships.get(id);
            if (r == null) {
                return PlanValue.text(String.join(" / ", ids));
            }
            out = out == null ? PlanValue.message("value.step", partnerName(r.customer()), partnerName(r.supplier()))
                    : PlanValue.message("value.step", out, partnerName(r.supplier()));
        }
        return out == null ? PlanValue.EMPTY : out;
    }

    private List<BusinessRelationship> nearestHourlyRates(String entity, String currency) {
        Set<String> seen = new HashSet<>();
        List<String> level = List.of(entity);
        seen.add(entity);
        while (!level.isEmpty()) {
            List<BusinessRelationship> found = new ArrayList<>();
            List<String> next = new ArrayList<>();
            for (String id : level) {
                for (BusinessRelationship r : graph.customersOf(id)) {
                    Optional<ContractedRate> rate = r.contractedRate();
                    if (rate.isPresent() && rate.get().per() == RateUnit.WORKER_HOUR
                            && !hidden(r.confidential(), "contractedRate")) {
                        if (rate.get().currency().equals(currency) && rate.get().amount().signum() > 0) {
                            found.add(r);
                        }
                    } else if (seen.add(r.customer())) {
                        next.add(r.customer());
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            level = next;
        }
        return List.of();
    }

    // ---------------------------------------------------------------- 5 risk map

    private Optional<Section> riskMap() {
        if (sources.riskMap().isEmpty()) {
            return Optional.empty();
        }
        RiskMap map = sources.riskMap().get();
        List<List<Integer>> counts = new ArrayList<>();
        for (int s = 0; s < map.severityLevels(); s++) {
            List<Integer> row = new ArrayList<>();
            for (int l = 0; l < map.likelihoodLevels(); l++) {
                row.add(0);
            }
            counts.add(row);
        }
        List<List<PlanValue>> rows = new ArrayList<>();
        int rank = 0;
        for (RiskEntry r : map.risks()) {
            List<Integer> row = counts.get(r.severity() - 1);
            row.set(r.likelihood() - 1, row.get(r.likelihood() - 1) + 1);
            rows.add(List.of(count(++rank), targetName(r.entity()), PlanValue.label(r.impact()),
                    count(r.severity()), count(r.likelihood()), r.occurrence(), restsOnWithheld(r.inputs())
                            ? PlanValue.WITHHELD : r.basis()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Figure.HeatMap(map.severityLevels(), map.likelihoodLevels(), counts));
        blocks.addAll(capped(List.of("col.rank", "col.entity", "col.impact", "col.severity",
                "col.likelihood", "col.occurrence", "col.basis"), List.of(1, 3, 3, 1, 1, 2, 8), rows,
                isPublic ? null : "indicators.json"));
        blocks.add(new Block.Paragraph(map.method()));
        return Optional.of(new Section(SectionKind.RISK_MAP, blocks));
    }

    // ---------------------------------------------------------------- 6 evaluation

    private Optional<Section> evaluation() {
        List<List<PlanValue>> rows = new ArrayList<>();
        for (BusinessPartner p : chain.businessPartners()) {
            if (p.id().equals(graph.rootId())) {
                continue;
            }
            List<String> c = p.confidential();
            Optional<PartnerAssessment> a = hidden(c, "assessment") ? Optional.empty() : p.assessment();
            boolean withheld = hidden(c, "assessment");
            Function<Function<PartnerAssessment, PlanValue>, PlanValue> col = f -> withheld ? PlanValue.WITHHELD
                    : a.map(f).orElse(PlanValue.NOT_DISCLOSED);
            rows.add(List.of(partnerName(p.id()), tierOf(p.id()),
                    guard(c, "establishedRelationship", () -> opt(p.establishedRelationship(), PlanAssembler::yesNo)),
                    guard(c, "codeOfConductExtended", () -> opt(p.codeOfConductExtended(), PlanAssembler::yesNo)),
                    col.apply(x -> opt(x.date(), PlanAssembler::date)),
                    col.apply(x -> opt(x.method(), PlanValue::label)),
                    col.apply(x -> opt(x.inDepth(), PlanAssembler::yesNo)),
                    col.apply(x -> opt(x.result(), PlanValue::text)),
                    col.apply(x -> opt(x.assessor(), PlanValue::text))));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(PlanValue.label("evaluation.intro")));
        blocks.add(new Block.Table(List.of("col.partner", "col.tier", "col.established", "col.codeExtended",
                "col.assessed", "col.method", "col.inDepth", "col.result", "col.assessor"),
                List.of(4, 1, 2, 2, 2, 3, 2, 4, 3), rows));
        for (BusinessPartner p : chain.businessPartners()) {
            if (p.practices().isEmpty()) {
                continue;
            }
            List<Block.Fact> facts = new ArrayList<>();
            if (hidden(p.confidential(), "practices")) {
                facts.add(new Block.Fact("practices.all", PlanValue.WITHHELD));
            } else {
                PlatformPractices x = p.practices().get();
                facts.add(new Block.Fact("practices.paysOnTime", opt(x.paysOnTimeForAllWork(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.fees", opt(x.chargesWorkerFees(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.taskTime", opt(x.taskTimeShownBeforeAccept(),
                        PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.healthSafety", opt(x.healthSafetyPolicy(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.clearTerms", opt(x.clearTerms(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.dueProcess", opt(x.dueProcess(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.algorithmic", opt(x.algorithmicManagement(),
                        PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.notice", opt(x.transparencyNoticeDate(), PlanAssembler::date)));
                facts.add(new Block.Fact("practices.humanReview", opt(x.humanReview(), PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.dpia", opt(x.dpiaReference(), PlanValue::text)));
                facts.add(new Block.Fact("practices.representation", opt(x.collectiveRepresentation(),
                        PlanAssembler::yesNo)));
                facts.add(new Block.Fact("practices.minimumAge", opt(x.workerCountryMinimumAge(), n -> count(n))));
            }
            blocks.add(new Block.SubSection(PlanValue.message("practices.title", partnerName(p.id())),
                    List.of(new Block.Facts(facts))));
        }
        return Optional.of(new Section(SectionKind.EVALUATION, blocks));
    }

    // ---------------------------------------------------------------- 7 actions

    private PlanValue targetName(String id) {
        if (graph.partner(id).isPresent()) {
            return partnerName(id);
        }
        for (WorkforceSegment s : chain.workforceSegments()) {
            if (s.id().equals(id)) {
                return PlanValue.message("value.segmentAt", PlanValue.text(s.name()), partnerName(s.entity()));
            }
        }
        return PlanValue.text(id);
    }

    private Optional<Section> actions() {
        if (chain.actions().isEmpty()) {
            return Optional.empty();
        }
        List<List<PlanValue>> rows = new ArrayList<>();
        for (Action a : chain.actions()) {
            List<String> c = a.confidential();
            rows.add(List.of(PlanValue.text(a.id()), targetName(a.target()),
                    guard(c, "impact", () -> opt(a.impact(), PlanValue::label)), PlanValue.label(a.kind()),
                    guard(c, "description", () -> PlanValue.text(a.description())),
                    guard(c, "owner", () -> opt(a.owner(), PlanValue::text)),
                    guard(c, "due", () -> opt(a.due(), PlanAssembler::date)), PlanValue.label(a.status())));
        }
        return Optional.of(new Section(SectionKind.ACTIONS, List.of(new Block.Table(
                List.of("col.id", "col.concerns", "col.impact", "col.kind", "col.description", "col.owner",
                        "col.due", "col.status"), List.of(2, 3, 3, 2, 6, 3, 2, 2), rows))));
    }

    // ---------------------------------------------------------------- 8 alerts

    private Optional<Section> alerts() {
        if (chain.grievanceMechanisms().isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        for (GrievanceMechanism g : chain.grievanceMechanisms()) {
            List<String> c = g.confidential();
            List<Block.Fact> facts = new ArrayList<>();
            facts.add(new Block.Fact("alerts.operator", partnerName(g.operator())));
            facts.add(new Block.Fact("alerts.openTo", guard(c, "openTo", () -> labels(g.openTo()))));
            facts.add(new Block.Fact("alerts.languages", guard(c, "languages", () -> texts(g.languages()))));
            facts.add(new Block.Fact("alerts.anonymous",
                    guard(c, "anonymous", () -> opt(g.anonymous(), PlanAssembler::yesNo))));
            facts.add(new Block.Fact("alerts.retaliation",
                    guard(c, "retaliationProtection", () -> opt(g.retaliationProtection(), PlanAssembler::yesNo))));
            facts.add(new Block.Fact("alerts.unionConcertation",
                    guard(c, "unionConcertation", () -> opt(g.unionConcertation(), PlanAssembler::yesNo))));
            boolean statsHidden = hidden(c, "statistics");
            facts.add(new Block.Fact("alerts.received", statsHidden ? PlanValue.WITHHELD
                    : g.statistics().map(s -> opt(s.received(), n -> count(n))).orElse(PlanValue.NOT_DISCLOSED)));
            facts.add(new Block.Fact("alerts.founded", statsHidden ? PlanValue.WITHHELD
                    : g.statistics().map(s -> opt(s.founded(), n -> count(n))).orElse(PlanValue.NOT_DISCLOSED)));
            facts.add(new Block.Fact("alerts.resolved", statsHidden ? PlanValue.WITHHELD
                    : g.statistics().map(s -> opt(s.resolved(), n -> count(n))).orElse(PlanValue.NOT_DISCLOSED)));
            facts.add(new Block.Fact("alerts.medianDays", statsHidden ? PlanValue.WITHHELD
                    : g.statistics().map(s -> opt(s.medianResponseDays(), n -> count(n)))
                            .orElse(PlanValue.NOT_DISCLOSED)));
            List<String> reach = new ArrayList<>();
            for (WorkforceSegment s : chain.workforceSegments()) {
                if (s.grievanceMechanisms().contains(g.id())) {
                    reach.add(s.name());
                }
            }
            facts.add(new Block.Fact("alerts.segments", reach.isEmpty() ? PlanValue.label("value.noSegment")
                    : PlanValue.text(String.join(", ", reach))));
            blocks.add(new Block.SubSection(PlanValue.text(g.name()), List.of(new Block.Facts(facts))));
        }
        List<String> unreached = new ArrayList<>();
        for (WorkforceSegment s : chain.workforceSegments()) {
            if (s.grievanceMechanisms().isEmpty()) {
                unreached.add(s.name());
            }
        }
        if (!unreached.isEmpty()) {
            blocks.add(new Block.Paragraph(PlanValue.message("alerts.unreached",
                    PlanValue.text(String.join(", ", unreached)))));
        }
        return Optional.of(new Section(SectionKind.ALERTS, blocks));
    }

    // ---------------------------------------------------------------- 9 stakeholders

    private Optional<Section> stakeholders() {
        if (chain.stakeholderConsultations().isEmpty()) {
            return Optional.empty();
        }
        List<List<PlanValue>> rows = new ArrayList<>();
        for (StakeholderConsultation s : chain.stakeholderConsultations()) {
            rows.add(List.of(PlanValue.text(s.name()), PlanValue.label(s.group()), PlanValue.label(s.stage()),
                    opt(s.date(), PlanAssembler::date), s.entity().map(this::partnerName).orElse(PlanValue.EMPTY),
                    opt(s.outcome(), PlanValue::text)));
        }
        return Optional.of(new Section(SectionKind.STAKEHOLDERS, List.of(new Block.Table(
                List.of("col.consulted", "col.group", "col.stage", "col.date", "col.entity", "col.outcome"),
                List.of(4, 3, 3, 2, 3, 6), rows))));
    }

    // ---------------------------------------------------------------- 10 monitoring

    private Optional<Section> monitoring() {
        List<Block> blocks = new ArrayList<>();
        if (!chain.monitoringIndicators().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (MonitoringIndicator m : chain.monitoringIndicators()) {
                PlanValue change = m.currentYear().isPresent() && m.previousYear().isPresent()
                        ? decimal(m.currentYear().get().subtract(m.previousYear().get())) : PlanValue.NOT_DISCLOSED;
                rows.add(List.of(PlanValue.text(m.name()), opt(m.unit(), PlanValue::text),
                        opt(m.previousYear(), PlanAssembler::decimal), opt(m.currentYear(), PlanAssembler::decimal),
                        change, opt(m.target(), PlanAssembler::decimal)));
            }
            blocks.add(new Block.SubSection(PlanValue.label("monitoring.indicators"), List.of(new Block.Table(
                    List.of("col.indicator", "col.unit", "col.previousYear", "col.currentYear", "col.change",
                            "col.target"), List.of(6, 2, 2, 2, 2, 2), rows))));
        }
        if (!sources.indicators().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (IndicatorLine i : sources.indicators()) {
                boolean withheld = restsOnWithheld(i.inputs());
                rows.add(List.of(i.name(), i.entity().isEmpty() ? PlanValue.EMPTY : subjectName(i.entity()),
                        withheld ? PlanValue.WITHHELD : i.value(), withheld ? PlanValue.WITHHELD : i.basis()));
            }
            blocks.add(new Block.SubSection(PlanValue.label("monitoring.computed"), capped(
                    List.of("col.indicator", "col.concerns", "col.value", "col.basis"), List.of(3, 3, 2, 7), rows,
                    isPublic ? null : "indicators.json")));
        }
        sources.wageLadder().ifPresent(w -> {
            List<Figure.Rung> rungs = w.rungs().stream().filter(r -> !restsOnWithheld(r.inputs())).toList();
            if (rungs.size() < 2) {
                return;
            }
            boolean lineWithheld = restsOnWithheld(w.livingWageInputs());
            Figure.WageLadder shown = new Figure.WageLadder(w.currency(), rungs,
                    lineWithheld ? Optional.empty() : w.livingWage(), lineWithheld ? PlanValue.EMPTY : w.caption(),
                    w.livingWageInputs());
            List<Block> ladder = new ArrayList<>();
            ladder.add(shown);
            if (!shown.caption().equals(PlanValue.EMPTY)) {
                ladder.add(new Block.Paragraph(shown.caption()));
            }
            blocks.add(new Block.SubSection(PlanValue.label("monitoring.wageLadder"), ladder));
        });
        ReportingCompany company = chain.reportingCompany();
        if (!hidden(company.confidential(), "publication.implementationReport")) {
            company.publication().flatMap(p -> p.implementationReport()).ifPresent(text -> blocks.add(
                    new Block.SubSection(PlanValue.label("monitoring.implementationReport"),
                            List.of(new Block.Paragraph(PlanValue.text(text))))));
        }
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(SectionKind.MONITORING, blocks));
    }

    // ---------------------------------------------------------------- 11 completeness

    private static List<List<PlanValue>> findingRows(List<Finding> findings) {
        List<List<PlanValue>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(PlanValue.label(f.severity()), PlanValue.text(f.rule()), PlanValue.text(f.nodeId()),
                    PlanValue.text(f.field()), PlanValue.text(f.message())));
        }
        return rows;
    }

    private Section completeness() {
        List<Block> blocks = new ArrayList<>();
        if (sources.obligationFindings().isEmpty()) {
            blocks.add(new Block.Paragraph(PlanValue.label("completeness.obligationsNotChecked")));
        }
        List<Block> structural = sources.structuralFindings().isEmpty()
                ? List.of(new Block.Paragraph(PlanValue.label("completeness.noStructural")))
                : List.of(new Block.Table(List.of("col.severity", "col.rule", "col.node", "col.field", "col.message"),
                        List.of(2, 4, 3, 3, 8), findingRows(sources.structuralFindings())));
        blocks.add(new Block.SubSection(PlanValue.label("completeness.structural"), structural));
        if (!sources.obligations().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (ObligationSummary o : sources.obligations()) {
                rows.add(List.of(PlanValue.text(o.ruleId()),
                        new PlanValue.Joined(List.of(o.regime(), PlanValue.text(o.citation()))), o.paraphrase(),
                        count(o.applicable()), count(o.gaps()), new PlanValue.Share(o.percent().movePointLeft(2))));
            }
            blocks.add(new Block.SubSection(PlanValue.label("completeness.obligationsChecked"), List.of(
                    new Block.Paragraph(PlanValue.label("completeness.obligationsCheckedIntro")),
                    new Block.Table(List.of("col.rule", "col.citation", "col.obligation", "col.facts", "col.gaps",
                            "col.completeness"), List.of(4, 4, 8, 2, 2, 2), rows))));
        }
        sources.obligationFindings().ifPresent(list -> {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (ObligationFinding f : list) {
                rows.add(List.of(PlanValue.text(f.ruleId()),
                        new PlanValue.Joined(List.of(f.regime(), PlanValue.text(f.citation()))), f.severity(),
                        PlanValue.text(f.nodeId()), PlanValue.text(f.field()), f.status(), f.detail()));
            }
            blocks.add(new Block.SubSection(PlanValue.label("completeness.obligations"), rows.isEmpty()
                    ? List.of(new Block.Paragraph(PlanValue.label("completeness.noObligation")))
                    : capped(List.of("col.rule", "col.citation", "col.severity", "col.node", "col.field",
                            "col.status", "col.detail"), List.of(4, 4, 3, 3, 4, 4, 3), rows, "completeness.json")));
        });
        if (!sources.dataRequests().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (DataRequestLine r : sources.dataRequests()) {
                rows.add(List.of(partnerName(r.supplierId()), PlanValue.text(r.nodeId()), r.question(), r.grounds(),
                        r.cap(), yesNo(r.refusable())));
            }
            List<Block> requestBlocks = new ArrayList<>();
            requestBlocks.add(new Block.Paragraph(PlanValue.label("completeness.dataRequestsIntro")));
            requestBlocks.addAll(capped(List.of("col.supplier", "col.node", "col.question", "col.grounds", "col.cap",
                    "col.refusable"), List.of(3, 3, 6, 5, 2, 2), rows, "completeness.json"));
            blocks.add(new Block.SubSection(PlanValue.label("completeness.dataRequests"), requestBlocks));
        }
        return new Section(SectionKind.COMPLETENESS, blocks);
    }

    // ---------------------------------------------------------------- 12 annex

    private Section annex() {
        List<Block> blocks = new ArrayList<>();
        List<Block> method = new ArrayList<>();
        method.add(new Block.Paragraph(PlanValue.label("annex.methodTiers")));
        method.add(new Block.Paragraph(PlanValue.label("annex.methodUnknown")));
        method.add(new Block.Paragraph(PlanValue.label(sources.passThroughShares().isEmpty()
                ? "annex.methodPassThrough" : "annex.methodPassThroughMeasured")));
        method.add(new Block.Paragraph(PlanValue.label(isPublic ? "annex.methodPublic" : "annex.methodInternal")));
        method.add(new Block.Paragraph(PlanValue.message("annex.methodAttachments",
                PlanValue.text(sources.input().fileName()), PlanValue.text(sources.input().sha256()))));
        blocks.add(new Block.SubSection(PlanValue.label("annex.methodology"), method));

        if (!chain.exchangeRates().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (ExchangeRate r : chain.exchangeRates()) {
                rows.add(List.of(PlanValue.text(r.from()), PlanValue.text(r.to()), decimal(r.rate()), date(r.date()),
                        PlanValue.text(r.source())));
            }
            blocks.add(new Block.SubSection(PlanValue.label("annex.exchangeRates"), List.of(new Block.Table(
                    List.of("col.from", "col.to", "col.rate", "col.date", "col.source"), List.of(1, 1, 2, 2, 6),
                    rows))));
        }
        if (!sources.ruleSets().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            for (RuleSetVersion r : sources.ruleSets()) {
                rows.add(List.of(PlanValue.text(r.regime()), PlanValue.text(r.version())));
            }
            blocks.add(new Block.SubSection(PlanValue.label("annex.ruleSets"), List.of(new Block.Table(
                    List.of("col.regime", "col.version"), List.of(6, 3), rows))));
        }
        if (!chain.evidence().isEmpty()) {
            List<List<PlanValue>> rows = new ArrayList<>();
            Map<String, List<String>> confidentialById = confidentialById();
            for (Evidence e : chain.evidence()) {
                // a reference may quote what it supports (a contract number): withheld when that is confidential
                List<String> subjectConfidential = confidentialById.getOrDefault(e.subject(), List.of());
                boolean covers = e.fields().isEmpty() ? !subjectConfidential.isEmpty()
                        : e.fields().stream().anyMatch(f -> hidden(subjectConfidential, f));
                rows.add(List.of(PlanValue.text(e.subject()),
                        e.fields().isEmpty() ? PlanValue.label("value.allFields") : texts(e.fields()),
                        PlanValue.label(e.kind()), date(e.date()),
                        isPublic && covers ? PlanValue.WITHHELD : PlanValue.text(e.reference())));
            }
            blocks.add(new Block.SubSection(PlanValue.label("annex.evidence"), List.of(new Block.Table(
                    List.of("col.subject", "col.fields", "col.sourceKind", "col.date", "col.reference"),
                    List.of(3, 3, 2, 2, 6), rows))));
        }
        blocks.addAll(annexDetail);
        return new Section(SectionKind.ANNEX, blocks);
    }

    /** The name of an entity or workforce segment, or the chain itself ({@code chain} or {@code $}). */
    private PlanValue subjectName(String id) {
        return id.equals("chain") || id.equals("$") ? PlanValue.label("value.wholeChain") : targetName(id);
    }

    /** Whether a computed figure rests on a fact path ({@code node.field…}) the public edition withholds. */
    private boolean restsOnWithheld(List<String> paths) {
        if (!isPublic || paths.isEmpty()) {
            return false;
        }
        Map<String, List<String>> confidential = confidentialById();
        for (String path : paths) {
            int dot = path.indexOf('.');
            if (dot > 0 && hidden(confidential.getOrDefault(path.substring(0, dot), List.of()),
                    path.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, List<String>> confidentialById() {
        Map<String, List<String>> map = new java.util.HashMap<>();
        map.put(chain.reportingCompany().entityId(), chain.reportingCompany().confidential());
        chain.businessPartners().forEach(p -> map.merge(p.id(), p.confidential(), PlanAssembler::union));
        chain.relationships().forEach(r -> map.merge(r.id(), r.confidential(), PlanAssembler::union));
        chain.workforceSegments().forEach(w -> map.merge(w.id(), w.confidential(), PlanAssembler::union));
        chain.grievanceMechanisms().forEach(g -> map.merge(g.id(), g.confidential(), PlanAssembler::union));
        chain.incidents().forEach(i -> map.merge(i.id(), i.confidential(), PlanAssembler::union));
        chain.actions().forEach(a -> map.merge(a.id(), a.confidential(), PlanAssembler::union));
        return map;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---------------------------------------------------------------- attachments

    private List<Attachment> attachments() {
        byte[] input = sources.input().content();
        byte[] chainJson = isPublic ? PublicEditionRedaction.redact(input) : input;
        List<Finding> all = sources.structuralFindings();
        // the same shape as `vigilance validate --format json` for the structural check, plus the checksum;
        // obligation findings travel in their own attachment (PlanSources.withAttachment)
        String verdict = StructuralCheck.hasErrors(all) ? "invalid_input" : all.isEmpty() ? "complete" : "incomplete";
        ObjectNode root = FindingsJson.toNode(sources.input().fileName(), verdict, all);
        root.put("inputSha256", sources.input().sha256());
        root.put("obligationsChecked", sources.obligationFindings().isPresent());
        byte[] findingsJson = FindingsJson.text(root).getBytes(StandardCharsets.UTF_8);
        List<Attachment> files = new ArrayList<>();
        files.add(new Attachment(isPublic ? "chain-public.json" : "chain.json", "application/json",
                        Attachment.Relationship.SOURCE, isPublic ? "attachment.chainPublic" : "attachment.chain",
                        chainJson));
        files.add(new Attachment("findings.json", "application/json", Attachment.Relationship.DATA,
                "attachment.findings", findingsJson));
        files.addAll(sources.extraAttachments());
        return files;
    }

}
