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
 * <p>On a machine with more than one core, a chain of 20,000 workforce segments or business partners and
 * more is measured on two threads, the calling thread and a task in the common fork-join pool: the pay of the
 * segments, the segment indicators, the per-path indicators (while the calling thread checks equal pay), the
 * entity indicators (in chunks taken from both ends), the sort of the indicators and the risk map (from
 * 20,000 entities) are shared between them. Whatever the threads compute is put together in the order one
 * thread would have computed it, so the report is the same as with one thread.
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
        return measure(new IndicatorEngine(chain, graph, parameters), chain, graph, parameters, false);
    }

    /**
     * Measures on two threads from {@code splitAt} segments or partners on, the risk map too when that is below
     * the usual threshold (for tests).
     */
    static IndicatorReport measure(ChainOfActivities chain, ChainGraph graph, MeasureParameters parameters,
            int splitAt) {
        return measure(new IndicatorEngine(chain, graph, parameters, splitAt), chain, graph, parameters,
                splitAt < IndicatorEngine.SPLIT_AT);
    }

    private static IndicatorReport measure(IndicatorEngine unrun, ChainOfActivities chain, ChainGraph graph,
            MeasureParameters parameters, boolean splitRiskMap) {
        IndicatorEngine engine = unrun.run();
        LazyIndicators indicators = engine.indicators();
        RiskMapper mapper = new RiskMapper(engine, chain, graph, parameters.riskRules(),
                parameters.conventions().mathContext());
        mapper.splitForTests = splitRiskMap;
        List<Risk> risks = mapper.map(engine.rows(), chain.incidents());
        engine.rows().mapped();
        return new IndicatorReport(chain.reportingCompany().entityId(), chain.reportingPeriod().year(),
                chain.reportCurrency(), parameters.riskRules().version(), describe(parameters), indicators, risks,
                engine.limits());
    }

    /**
     * The annual pay of every workforce segment, in the chain's order, in the report currency: the same
     * normalisation the indicators use (pay per unit into a year with the parameters' conventions, then the
     * chain's exchange rates). A segment whose pay, hours or exchange rate is missing gets an unknown value
     * with the reason, never zero. Values are rounded to the conventions' result scale.
     */
    public static List<AnnualPay> annualPay(ChainOfActivities chain, MeasureParameters parameters) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(parameters, "parameters");
        Normaliser n = new Normaliser(chain, parameters.conventions());
        List<AnnualPay> out = new ArrayList<>();
        for (org.dutyofvigilance.model.WorkforceSegment s : chain.workforceSegments()) {
            Maybe<org.dutyofvigilance.model.Money> a = s.pay().isEmpty()
                    ? Maybe.unknown("pay of " + s.id() + " not disclosed")
                    : n.annual(s.pay().get(), s.conditions(), s.id()).flatMap(n::toReport);
            out.add(new AnnualPay(s.id(), a.known()
                    ? Quantity.known(parameters.conventions().round(a.value().amount()), n.reportCurrency())
                    : Quantity.unknown(n.reportCurrency(), a.reason())));
        }
        return List.copyOf(out);
    }

    /**
     * The benchmark of a kind (living or minimum wage) the indicators would use for a country in the chain's
     * reporting year, as an annual amount in the report currency; empty when the reference data has none.
     */
    public static java.util.Optional<AnnualBenchmark> annualBenchmark(ChainOfActivities chain,
            MeasureParameters parameters, String country, WageKind kind) {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        Normaliser n = new Normaliser(chain, parameters.conventions());
        Conventions k = parameters.conventions();
        return parameters.referenceWages().choose(country.toUpperCase(java.util.Locale.ROOT), kind,
                chain.reportingPeriod().year()).map(w -> {
                    Maybe<org.dutyofvigilance.model.Money> a = n.monthly(w).map(m -> new org.dutyofvigilance.model.Money(
                            m.amount().multiply(k.monthsPerYear(), k.mathContext()), m.currency())).flatMap(n::toReport);
                    return new AnnualBenchmark(w, a.known()
                            ? Quantity.known(k.round(a.value().amount()), n.reportCurrency())
                            : Quantity.unknown(n.reportCurrency(), a.reason()));
                });
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
