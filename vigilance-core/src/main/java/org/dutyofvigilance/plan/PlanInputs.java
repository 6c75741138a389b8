package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.completeness.DataRequest;
import org.dutyofvigilance.completeness.DataRequests;
import org.dutyofvigilance.completeness.DisclosureFinding;
import org.dutyofvigilance.completeness.Ground;
import org.dutyofvigilance.measure.Indicator;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.Input;
import org.dutyofvigilance.measure.Quantity;
import org.dutyofvigilance.measure.Risk;
import java.util.Optional;
import org.dutyofvigilance.measure.AnnualBenchmark;
import org.dutyofvigilance.measure.AnnualPay;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.measure.Measures;
import org.dutyofvigilance.measure.ReferenceWage;
import org.dutyofvigilance.measure.WageKind;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.rules.Text;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.scope.Explanation;
import org.dutyofvigilance.scope.RegimeScope;

/**
 * Feeds the results of an {@link Assessment} (scope, completeness, indicators, risk map) into the plan's
 * sources. Each stage that produced a result adds its section; a stage that did not run adds nothing.
 *
 * <p>It also prepares the summary's {@link Overview} (verdict, overall completeness, headline indicators), the
 * pass-through shares the indicators computed (any currency), and the wage ladder: annual pay per segment from
 * {@link Measures#annualPay} (the measure package's normalisation and the chain's exchange rates), with the
 * living wage of the lowest-paid segment's country from {@link Measures#annualBenchmark}. Indicator statements
 * and risk justifications travel in both languages where the measure package words them in French.
 *
 * <p>Only the law in force of each regime is stated in the scope section; only the obligation findings that
 * ask for more information (missing, partly disclosed, stale) are listed. Risk levels are the risk map's own
 * (severity: the weighted score rounded half up; likelihood as ranked), on a grid as large as its largest level
 * and never smaller than 4, the top of the shipped scales.
 */
public final class PlanInputs {
    /** The top of the shipped severity and likelihood scales. */
    static final int SHIPPED_MAX_LEVEL = 4;

    private PlanInputs() {
    }

    /** The sources with every result the assessment holds. */
    public static PlanSources complete(PlanSources sources, Assessment assessment) {
        PlanSources out = sources;
        List<ScopeStatement> scope = new ArrayList<>();
        for (RegimeScope r : assessment.scope().regimes()) {
            if (!r.current()) {
                continue;
            }
            List<PlanValue> reasons = new ArrayList<>();
            r.from().ifPresent(d -> reasons.add(PlanValue.message("scope.from", new PlanValue.Date(d))));
            for (Explanation e : r.reasons()) {
                reasons.add(new PlanValue.Translated(e.text().en(), e.text().fr()));
            }
            scope.add(new ScopeStatement(PlanValue.label(r.regime()), switch (r.status()) {
                case APPLIES -> ScopeStatement.Verdict.IN_SCOPE;
                case DOES_NOT_APPLY -> ScopeStatement.Verdict.OUT_OF_SCOPE;
                case CANNOT_DETERMINE -> ScopeStatement.Verdict.UNDETERMINED;
            }, reasons));
        }
        if (!scope.isEmpty()) {
            out = out.withScope(scope);
        }
        if (assessment.completeness().isPresent()) {
            CompletenessReport report = assessment.completeness().get();
            List<RuleSetVersion> sets = new ArrayList<>();
            for (RuleSet rs : report.ruleSets()) {
                sets.add(new RuleSetVersion(rs.id(), rs.version()));
            }
            out = out.withRuleSets(sets);
            List<ObligationFinding> gaps = new ArrayList<>();
            for (DisclosureFinding f : report.gaps()) {
                gaps.add(new ObligationFinding(f.ruleId(), PlanValue.label(f.regime()), f.citation(),
                        PlanValue.label(f.severity()), f.nodeId(), f.field(), PlanValue.label(f.status()),
                        new PlanValue.Translated(f.detail().en(), f.detail().fr())));
            }
            out = out.withObligationFindings(gaps);
            out = out.withDataRequests(dataRequests(report, assessment.chain()));
            out = out.withObligations(obligations(report));
        }
        if (assessment.indicators().isPresent()) {
            IndicatorReport report = assessment.indicators().get();
            Map<String, List<String>> inputsById = new HashMap<>();
            List<IndicatorLine> lines = new ArrayList<>();
            for (Indicator i : report.indicators()) {
                List<String> paths = i.inputs().stream().map(Input::from).toList();
                inputsById.put(i.id(), paths);
                lines.add(new IndicatorLine(i.id(), PlanValue.text(i.code()), i.subject(), value(i.value()),
                        translated(i.statementText()), paths));
            }
            out = out.withIndicators(lines);
            if (!report.risks().isEmpty()) {
                int max = SHIPPED_MAX_LEVEL;
                for (Risk r : report.risks()) {
                    max = Math.max(max, Math.max(level(r), r.likelihood()));
                }
                List<RiskEntry> entries = new ArrayList<>();
                for (Risk r : report.risks()) {
                    Set<String> paths = new LinkedHashSet<>();
                    for (String driver : r.drivers()) {
                        paths.addAll(inputsById.getOrDefault(driver, List.of()));
                    }
                    for (String context : r.context()) {
                        paths.addAll(inputsById.getOrDefault(context, List.of()));
                    }
                    entries.add(new RiskEntry(r.id(), r.entity(), r.category(), level(r),
                            Math.max(1, r.likelihood()), translated(r.justificationText()), List.copyOf(paths),
                            PlanValue.label(r.occurrence())));
                }
                out = out.withRiskMap(new RiskMap(max, max, PlanValue.label("risk.method"), entries));
            }
            out = out.withPassThroughShares(passThroughShares(report));
            Optional<Figure.WageLadder> ladder = wageLadder(assessment, report);
            if (ladder.isPresent()) {
                out = out.withWageLadder(ladder.get());
            }
        }
        out = out.withOverview(overview(assessment));
        return out;
    }

    private static PlanValue translated(Text t) {
        return new PlanValue.Translated(t.en(), t.fr());
    }

    private static List<String> paths(Indicator i) {
        return i.inputs().stream().map(Input::from).toList();
    }

    // ---------------------------------------------------------------- overview

    /** The verdict, the overall completeness and the headline figures of the indicators. */
    static Overview overview(Assessment assessment) {
        Optional<BigDecimal> percent = assessment.completeness().map(c -> c.overall().percent());
        List<Headline> headlines = new ArrayList<>();
        assessment.indicators().ifPresent(report -> {
            headlines.add(payRatio(report, assessment.parameters()));
            headlines.add(lowestPassThrough(report, assessment.chain()));
            headlines.add(livingWageGap(report));
            headlines.add(harmfulContent(report, assessment.parameters(), assessment.chain()));
        });
        return new Overview(assessment.verdict(), percent, headlines);
    }

    private static PlanValue unknown(Quantity q) {
        return PlanValue.message("value.notDisclosedBecause", PlanValue.text(q.unknownReason().orElse("")));
    }

    private static Headline payRatio(IndicatorReport report, MeasureParameters parameters) {
        PlanValue coefficient = parameters.payRatioCoefficient().<PlanValue>map(PlanValue.Decimal::new)
                .orElse(PlanValue.label("headline.noCoefficient"));
        Optional<Indicator> found = report.indicator("PAY-RATIO:" + "chain");
        if (found.isEmpty()) {
            return new Headline("headline.payRatio", PlanValue.NOT_DISCLOSED,
                    PlanValue.message("headline.payRatioDetail", PlanValue.label("headline.noPayRatio"), coefficient),
                    List.of());
        }
        Indicator i = found.get();
        PlanValue value = i.value().value().<PlanValue>map(v -> new PlanValue.Decimal(
                v.setScale(1, RoundingMode.HALF_UP))).orElseGet(() -> PlanValue.NOT_DISCLOSED);
        return new Headline("headline.payRatio", value, PlanValue.message("headline.payRatioDetail",
                translated(i.statementText()), coefficient), paths(i));
    }

    private static Headline lowestPassThrough(IndicatorReport report, ChainOfActivities chain) {
        List<Indicator> all = report.indicators("PASS-THROUGH");
        Indicator lowest = null;
        for (Indicator i : all) {
            if (i.value().isKnown() && (lowest == null
                    || i.value().value().get().compareTo(lowest.value().value().get()) < 0)) {
                lowest = i;
            }
        }
        if (lowest == null) {
            return new Headline("headline.passThrough", PlanValue.NOT_DISCLOSED, all.isEmpty()
                    ? PlanValue.label("headline.noPassThrough")
                    : PlanValue.message("headline.passThroughUnknown", new PlanValue.Count(all.size())), List.of());
        }
        String subject = lowest.subject();
        String path = subject.substring(subject.indexOf('@') + 1);
        return new Headline("headline.passThrough", new PlanValue.Share(lowest.value().value().get().movePointLeft(2)),
                PlanValue.message("headline.passThroughDetail", translated(lowest.statementText()),
                        PlanValue.text(pathText(chain, List.of(path.split("/"))))), paths(lowest));
    }

    /** A path of relationship ids as the entities it links: {@code aurore → lumiere-ia → datalabel}. */
    static String pathText(ChainOfActivities chain, List<String> relationshipIds) {
        Map<String, BusinessRelationship> byId = new HashMap<>();
        chain.relationships().forEach(r -> byId.put(r.id(), r));
        StringBuilder b = new StringBuilder();
        for (String id : relationshipIds) {
            BusinessRelationship r = byId.get(id);
            if (r == null) {
                return String.join(" / ", relationshipIds);
            }
            if (b.isEmpty()) {
                b.append(r.customer());
            }
            b.append(" \u2192 ").append(r.supplier());
        }
        return b.toString();
    }

    private static Headline livingWageGap(IndicatorReport report) {
        List<Indicator> all = report.indicators("LIVING-WAGE-GAP");
        Indicator worst = null;
        for (Indicator i : all) {
            if (i.value().isKnown() && (worst == null
                    || i.value().value().get().compareTo(worst.value().value().get()) < 0)) {
                worst = i;
            }
        }
        if (worst == null) {
            return new Headline("headline.livingWage", PlanValue.NOT_DISCLOSED, all.isEmpty()
                    ? PlanValue.label("headline.noLivingWage")
                    : PlanValue.message("headline.livingWageUnknown", new PlanValue.Count(all.size())), List.of());
        }
        BigDecimal gap = worst.value().value().get();
        PlanValue share = new PlanValue.Share(gap.abs().movePointLeft(2));
        return new Headline("headline.livingWage", PlanValue.message(gap.signum() < 0 ? "headline.below"
                : "headline.above", share), translated(worst.statementText()), paths(worst));
    }

    private static Headline harmfulContent(IndicatorReport report, MeasureParameters parameters,
            ChainOfActivities chain) {
        List<Indicator> all = report.indicators("HARMFUL-CONTENT-HOURS");
        PlanValue limit = new PlanValue.Decimal(parameters.harmfulContentHoursPerDayLimit());
        if (all.isEmpty()) {
            return new Headline("headline.harmful", PlanValue.NOT_DISCLOSED,
                    PlanValue.message("headline.harmfulNone", limit), List.of());
        }
        Map<String, String> names = new HashMap<>();
        chain.workforceSegments().forEach(seg -> names.put(seg.id(), seg.name()));
        List<String> above = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        BigDecimal most = null;
        int unknown = 0;
        for (Indicator i : all) {
            if (!i.value().isKnown()) {
                unknown++;
                continue;
            }
            BigDecimal h = i.value().value().get();
            if (h.compareTo(parameters.harmfulContentHoursPerDayLimit()) > 0) {
                above.add(names.getOrDefault(i.subject(), i.subject()));
                inputs.addAll(paths(i));
                most = most == null ? h : most.max(h);
            }
        }
        PlanValue value = PlanValue.message("headline.segmentsOf", new PlanValue.Count(above.size()),
                new PlanValue.Count(all.size()));
        PlanValue detail = above.isEmpty() ? PlanValue.message("headline.harmfulWithin", limit)
                : PlanValue.message("headline.harmfulAbove", limit, PlanValue.text(String.join(", ", above)),
                        new PlanValue.Decimal(most.stripTrailingZeros()));
        if (unknown > 0) {
            detail = PlanValue.message("headline.harmfulUnknown", detail, new PlanValue.Count(unknown));
        }
        return new Headline("headline.harmful", value, detail, inputs);
    }

    // ---------------------------------------------------------------- pass-through and wage ladder

    /** The pass-through shares the indicators computed, with both amounts in the rate's currency. */
    static List<PassThroughShare> passThroughShares(IndicatorReport report) {
        List<PassThroughShare> out = new ArrayList<>();
        for (Indicator i : report.indicators("PASS-THROUGH")) {
            if (!i.value().isKnown() || i.subject().indexOf('@') < 0) {
                continue;
            }
            Input pay = null;
            Input rate = null;
            for (Input in : i.inputs()) {
                if (in.name().equals("worker pay per hour")) {
                    pay = in;
                } else if (in.name().equals("contracted rate per worker-hour")) {
                    rate = in;
                }
            }
            if (pay == null || rate == null || !rate.from().endsWith(".contractedRate")) {
                continue;
            }
            String[] p = pay.value().split(" ");
            String[] r = rate.value().split(" ");
            if (p.length != 2 || r.length != 2 || !p[1].equals(r[1])) {
                continue;
            }
            BigDecimal contract = new BigDecimal(r[0]);
            if (contract.signum() <= 0) {
                continue;
            }
            String subject = i.subject();
            out.add(new PassThroughShare(subject.substring(0, subject.indexOf('@')),
                    List.of(subject.substring(subject.indexOf('@') + 1).split("/")),
                    rate.from().substring(0, rate.from().length() - ".contractedRate".length()), r[1], contract,
                    new BigDecimal(p[0]), i.value().value().get().movePointLeft(2), paths(i)));
        }
        return out;
    }

    /**
     * The annual pay of every segment whose pay is known, in the report currency as the measure package
     * normalises it, best paid first, with the living wage of the lowest-paid segment's country.
     */
    static Optional<Figure.WageLadder> wageLadder(Assessment assessment, IndicatorReport report) {
        ChainOfActivities chain = assessment.chain();
        Map<String, WorkforceSegment> segments = new HashMap<>();
        chain.workforceSegments().forEach(seg -> segments.put(seg.id(), seg));
        List<Figure.Rung> rungs = new ArrayList<>();
        WorkforceSegment lowest = null;
        BigDecimal lowestPay = null;
        for (AnnualPay a : Measures.annualPay(chain, assessment.parameters())) {
            if (!a.annual().isKnown()) {
                continue;
            }
            WorkforceSegment seg = segments.get(a.segment());
            BigDecimal amount = a.annual().value().get().setScale(0, RoundingMode.HALF_EVEN);
            int tier = assessment.graph().tier(seg.entity()).orElse(-1);
            List<String> inputs = new ArrayList<>(List.of(seg.id() + ".pay", seg.id() + ".conditions.hoursPerWeek"));
            rungs.add(new Figure.Rung(PlanValue.message("value.segmentAtTier", PlanValue.text(seg.name()),
                    new PlanValue.Count(tier)), tier, amount, inputs));
            if (lowestPay == null || amount.compareTo(lowestPay) < 0) {
                lowest = seg;
                lowestPay = amount;
            }
        }
        if (rungs.size() < 2) {
            return Optional.empty();
        }
        rungs.sort(java.util.Comparator.comparing(Figure.Rung::annualPay).reversed());
        Optional<BigDecimal> line = Optional.empty();
        PlanValue caption = PlanValue.message("monitoring.wageLadderNoBenchmark", PlanValue.text(report.reportCurrency()));
        List<String> lineInputs = List.of();
        String country = lowest.countries().isEmpty()
                ? assessment.graph().partner(lowest.entity()).map(p -> p.country()).orElse("")
                : new java.util.TreeSet<>(lowest.countries()).first();
        if (!country.isEmpty()) {
            lineInputs = List.of(lowest.id() + ".countries");
            Optional<AnnualBenchmark> b = Measures.annualBenchmark(chain, assessment.parameters(), country,
                    WageKind.LIVING);
            if (b.isPresent() && b.get().annual().isKnown()) {
                ReferenceWage w = b.get().benchmark();
                line = Optional.of(b.get().annual().value().get().setScale(0, RoundingMode.HALF_EVEN));
                caption = PlanValue.message(w.proxy() ? "monitoring.wageLadderProxy" : "monitoring.wageLadderBenchmark",
                        PlanValue.text(report.reportCurrency()), PlanValue.text(lowest.name()),
                        PlanValue.text(w.place()), PlanValue.text(Integer.toString(w.year())),
                        new PlanValue.Amount(w.amount(), w.currency(), "PayUnit." + w.period().name()),
                        PlanValue.text(w.source()));
            } else {
                caption = PlanValue.message("monitoring.wageLadderNoLivingWage",
                        PlanValue.text(report.reportCurrency()), PlanValue.text(lowest.name()), PlanValue.text(country));
            }
        }
        return Optional.of(new Figure.WageLadder(report.reportCurrency(), rungs, line, caption, lineInputs));
    }

    /** The severity level of a risk: its weighted score rounded half up, at least 1. */
    private static int level(Risk r) {
        return Math.max(1, r.severity().score().setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    private static PlanValue value(Quantity q) {
        if (q.value().isEmpty()) {
            return PlanValue.message("value.notDisclosedBecause", PlanValue.text(q.unknownReason().orElse("")));
        }
        BigDecimal v = q.value().get();
        if (q.unit().equals("%")) {
            return new PlanValue.Share(v.movePointLeft(2));
        }
        return q.unit().isEmpty() ? new PlanValue.Decimal(v)
                : PlanValue.message("value.quantity", new PlanValue.Decimal(v), PlanValue.text(q.unit()));
    }

    /** The data requests to send, supplier by supplier, with the obligations behind each question. */
    private static List<DataRequestLine> dataRequests(CompletenessReport report, ChainOfActivities chain) {
        List<DataRequestLine> lines = new ArrayList<>();
        for (DataRequest r : DataRequests.from(report, chain).requests()) {
            StringBuilder grounds = new StringBuilder();
            for (Ground g : r.grounds()) {
                if (grounds.length() > 0) {
                    grounds.append("; ");
                }
                grounds.append(g.ruleId()).append(" (").append(g.citation()).append(')');
            }
            lines.add(new DataRequestLine(r.supplierId(), r.nodeId(),
                    new PlanValue.Translated(r.question().en(), r.question().fr()), PlanValue.text(grounds.toString()),
                    PlanValue.label(r.cap()), r.refusable()));
        }
        return lines;
    }

    /** Every obligation checked that applies somewhere in the chain, in rule-set order, with its coverage. */
    private static List<ObligationSummary> obligations(CompletenessReport report) {
        List<ObligationSummary> out = new ArrayList<>();
        for (RuleSet rs : report.ruleSets()) {
            for (org.dutyofvigilance.rules.Obligation o : rs.obligations()) {
                org.dutyofvigilance.completeness.Coverage c = report.byObligation().get(o.id());
                if (c == null || c.applicable() == 0) {
                    continue;
                }
                out.add(new ObligationSummary(o.id(), PlanValue.label(o.regime()), o.citation(),
                        new PlanValue.Translated(o.paraphrase().en(), o.paraphrase().fr()), c.applicable(),
                        c.partly() + c.stale() + c.missing(), c.percent()));
            }
        }
        return out;
    }
}
