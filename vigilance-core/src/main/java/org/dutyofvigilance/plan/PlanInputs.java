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
import org.dutyofvigilance.completeness.DisclosureFinding;
import org.dutyofvigilance.measure.Indicator;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.Input;
import org.dutyofvigilance.measure.Quantity;
import org.dutyofvigilance.measure.Risk;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.scope.Explanation;
import org.dutyofvigilance.scope.RegimeScope;

/**
 * Feeds the results of an {@link Assessment} (scope, completeness, indicators, risk map) into the plan's
 * sources. Each stage that produced a result adds its section; a stage that did not run adds nothing.
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
        }
        if (assessment.indicators().isPresent()) {
            IndicatorReport report = assessment.indicators().get();
            Map<String, List<String>> inputsById = new HashMap<>();
            List<IndicatorLine> lines = new ArrayList<>();
            for (Indicator i : report.indicators()) {
                List<String> paths = i.inputs().stream().map(Input::from).toList();
                inputsById.put(i.id(), paths);
                lines.add(new IndicatorLine(i.id(), PlanValue.text(i.code()), i.subject(), value(i.value()),
                        PlanValue.text(i.statement()), paths));
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
                            Math.max(1, r.likelihood()), PlanValue.text(r.justification()), List.copyOf(paths)));
                }
                out = out.withRiskMap(new RiskMap(max, max, PlanValue.label("risk.method"), entries));
            }
        }
        return out;
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
}
