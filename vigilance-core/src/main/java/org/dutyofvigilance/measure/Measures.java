package org.dutyofvigilance.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The entry point of the indicators and the risk map: measures a chain of activities and returns an
 * immutable {@link IndicatorReport}. A pure function of the chain and the parameters: thread-safe, no I/O,
 * the same inputs always give the same report.
 *
 * <pre>{@code
 * IndicatorReport report = Measures.measure(chain, MeasureParameters.defaults()
 *         .withPayRatioCoefficient(new BigDecimal("20")));
 * report.indicator("PASS-THROUGH:seg-ke@r1/r2").map(Indicator::statement);
 * report.risks().get(0);          // the top priority (CSDDD Art 9)
 * String json = report.toJson();  // deterministic export
 * }</pre>
 */
public final class Measures {
    private Measures() {
    }

    /** Measures a chain with the default parameters. */
    public static IndicatorReport measure(ChainOfActivities chain) {
        return measure(chain, MeasureParameters.defaults());
    }

    /** Measures a chain. */
    public static IndicatorReport measure(ChainOfActivities chain, MeasureParameters parameters) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(parameters, "parameters");
        return measure(chain, ChainGraph.of(chain), parameters);
    }

    /** Measures a chain whose graph the caller has already built (saves one pass on large chains). */
    public static IndicatorReport measure(ChainOfActivities chain, ChainGraph graph, MeasureParameters parameters) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(parameters, "parameters");
        if (graph.chain() != chain) {
            throw new IllegalArgumentException("the graph was built from another chain");
        }
        IndicatorEngine engine = new IndicatorEngine(chain, graph, parameters).run();
        List<Indicator> indicators = engine.indicators();
        List<Risk> risks = new RiskMapper(chain, graph, parameters.riskRules(),
                parameters.conventions().mathContext()).map(indicators, chain.incidents());
        return new IndicatorReport(chain.reportingCompany().entityId(), chain.reportingPeriod().year(),
                chain.reportCurrency(), parameters.riskRules().version(), describe(parameters), indicators, risks,
                engine.limits());
    }

    private static List<Input> describe(MeasureParameters p) {
        Conventions k = p.conventions();
        List<Input> in = new ArrayList<>();
        in.add(new Input("weeks per year", k.weeksPerYear().toPlainString(), "conventions.weeksPerYear"));
        in.add(new Input("months per year", k.monthsPerYear().toPlainString(), "conventions.monthsPerYear"));
        in.add(new Input("working days per week", k.workingDaysPerWeek().toPlainString(),
                "conventions.workingDaysPerWeek"));
        in.add(new Input("assumed hours per week", k.fallbackHoursPerWeek().map(h -> h.toPlainString())
                .orElse("none (unknown hours give unknown results)"), "conventions.fallbackHoursPerWeek"));
        in.add(new Input("precision", k.mathContext().getPrecision() + " digits, "
                + k.mathContext().getRoundingMode().name().toLowerCase(java.util.Locale.ROOT) + ", results to "
                + k.resultScale() + " decimals", "conventions.mathContext"));
        in.add(new Input("pay-ratio coefficient", p.payRatioCoefficient().map(c -> c.toPlainString())
                .orElse("not set"), "parameters.payRatioCoefficient"));
        in.add(new Input("minimum pass-through", p.minimumPassThroughPercent().map(c -> c.toPlainString() + " %")
                .orElse("not set"), "parameters.minimumPassThroughPercent"));
        in.add(new Input("harmful content limit", p.harmfulContentHoursPerDayLimit().toPlainString() + " h/day",
                "parameters.harmfulContentHoursPerDayLimit"));
        in.add(new Input("weekly hours limit", p.maxHoursPerWeek().toPlainString() + " h/week",
                "parameters.maxHoursPerWeek"));
        in.add(new Input("minimum working age", Integer.toString(p.minimumWorkingAge()),
                "parameters.minimumWorkingAge"));
        in.add(new Input("hazardous work age", Integer.toString(p.hazardousWorkAge()), "parameters.hazardousWorkAge"));
        in.add(new Input("equal-pay tolerance", p.equalPayTolerance().toPlainString(), "parameters.equalPayTolerance"));
        in.add(new Input("headcount-gap tolerance", p.headcountGapTolerance().toPlainString(),
                "parameters.headcountGapTolerance"));
        in.add(new Input("mineral overlap distance", p.mineralOverlapKm().toPlainString() + " km",
                "parameters.mineralOverlapKm"));
        in.add(new Input("paths per entity", Integer.toString(p.maxPathsPerEntity()), "parameters.maxPathsPerEntity"));
        in.add(new Input("per-path indicators", Integer.toString(p.maxPathIndicators()),
                "parameters.maxPathIndicators"));
        in.add(new Input("reference wages", p.referenceWages().all().size() + " benchmarks",
                "parameters.referenceWages"));
        in.add(new Input("risk rules", p.riskRules().version(), "parameters.riskRules"));
        return in;
    }
}
