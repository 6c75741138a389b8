package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact entries the risk map reads agree with the indicators built from them on demand: same id, code,
 * subject, entity, value and status (the value and status are computed twice, once without words and once
 * with them, so this checks the two computations agree); the list is sorted by id; look-ups by id and by code
 * agree with a scan.
 */
class CompactIndicatorsTest {

    static List<Path> chains() throws Exception {
        return ExampleChainsTest.chains().toList();
    }

    @ParameterizedTest
    @MethodSource("chains")
    void exampleChains(Path file) {
        check(ChainJson.read(file), file.toString());
    }

    @Test
    void randomChains() {
        for (long seed = 0; seed < 150; seed++) {
            check(RandomChainsTest.randomChain(seed), "seed " + seed);
        }
    }

    /**
     * Other precisions, rounding modes and published decimals: the wage gaps computed in {@code double} when their
     * rounding is certain ({@link CertainRounding}) equal the gaps the words are built from, computed in decimals.
     */
    @Test
    void randomChainsUnderOtherConventions() {
        Conventions d = Conventions.defaults();
        int[][] variants = {{34, 0}, {34, 1}, {34, 2}, {20, 6}, {50, 8}, {16, 4}, {34, 12}};
        java.math.RoundingMode[] modes = {java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.HALF_UP,
            java.math.RoundingMode.DOWN};
        for (int v = 0; v < variants.length; v++) {
            Conventions c = new Conventions(d.weeksPerYear(), v % 2 == 0 ? d.monthsPerYear() : new BigDecimal("13"),
                    d.workingDaysPerWeek(), d.fallbackHoursPerWeek(),
                    new java.math.MathContext(variants[v][0], modes[v % modes.length]), variants[v][1]);
            MeasureParameters p = MeasureParameters.defaults().withConventions(c);
            for (long seed = 0; seed < 40; seed++) {
                check(RandomChainsTest.randomChain(seed), "seed " + seed + " " + c, p);
            }
        }
    }

    /**
     * Gaps that fall exactly on a half of the last published decimal, or a hair beside it: the {@code double}
     * cannot tell which way to round them, so they are computed in decimals and rounded half-even.
     */
    @Test
    void wageGapsOnRoundingTies() {
        ReferenceWage bench = new ReferenceWage("test-ke-living", "KE", Optional.empty(), new BigDecimal("1000"),
                "USD", PayUnit.MONTH, 2025, WageKind.LIVING, "test benchmark", false, true, Optional.empty(),
                Optional.empty());
        MeasureParameters p = MeasureParameters.defaults().withReferenceWages(ReferenceWages.none()
                .with(List.of(bench))).withConventions(new Conventions(Conventions.defaults().weeksPerYear(),
                        Conventions.defaults().monthsPerYear(), Conventions.defaults().workingDaysPerWeek(),
                        Conventions.defaults().fallbackHoursPerWeek(), Conventions.defaults().mathContext(), 1));
        org.dutyofvigilance.model.ChainBuilder b = TestChains.fourTiers("USD");
        String[] monthly = {"1000.5", "1001.5", "1002.5", "1003.5", "999.5", "998.5", "1000.50000000000000000001",
            "1000.49999999999999999999", "1000", "0"};
        for (int i = 0; i < monthly.length; i++) {
            b.workforce(TestChains.segment("s" + i, TestChains.VENDOR, 10, "KE", ServiceType.ANNOTATION,
                    new Pay(new BigDecimal(monthly[i]), "USD", PayUnit.MONTH, Optional.empty()),
                    TestChains.hours("40")));
        }
        IndicatorReport report = check(b.build(), "ties", p);
        // (1000.5 / 1000 − 1) × 100 = 0.05 → 0.0 (half-even); 0.15 → 0.2; 0.25 → 0.2; 0.35 → 0.4
        String[] expected = {"0.0", "0.2", "0.2", "0.4", "0.0", "-0.2", "0.1", "0.0", "0.0", "-100.0"};
        for (int i = 0; i < monthly.length; i++) {
            Indicator gap = report.indicator("LIVING-WAGE-GAP:s" + i + ":KE").orElseThrow();
            assertEquals(new BigDecimal(expected[i]), gap.value().value().orElseThrow(), gap.id());
        }
        // the sign before rounding decides the status: 999.5 is below the benchmark even if it rounds to 0.0
        assertEquals(IndicatorStatus.ADVERSE, report.indicator("LIVING-WAGE-GAP:s4:KE").orElseThrow().status());
        assertEquals(IndicatorStatus.SATISFACTORY, report.indicator("LIVING-WAGE-GAP:s8:KE").orElseThrow().status());
    }

    /** Repeated segment ids and minerals get #2; ids with "@" and ":" are sorted as text, not by rank. */
    @Test
    void repeatedSubjectsAndSeparatorsInIds() {
        Pay pay = new Pay(new BigDecimal("2"), "USD", PayUnit.HOUR, Optional.empty());
        MineralSourcing cobalt = new MineralSourcing("cobalt", "CD", Optional.of(new BigDecimal("3")),
                Optional.empty(), Optional.of(new BigDecimal("10")));
        ChainOfActivities chain = TestChains.fourTiers("USD")
                .workforce(TestChains.segment("dup", TestChains.VENDOR, 10, "KE", ServiceType.ANNOTATION, pay,
                        TestChains.hours("40")))
                .workforce(TestChains.segment("dup", TestChains.VENDOR, 20, "KE", ServiceType.ANNOTATION, pay,
                        TestChains.hours("50")))
                .workforce(TestChains.segment("a@b", TestChains.VENDOR, 5, "UG", ServiceType.ANNOTATION, pay,
                        TestChains.hours("45")))
                .workforce(TestChains.segment("a", TestChains.PLATFORM, 5, "KE", ServiceType.ANNOTATION, pay,
                        TestChains.hours("45")))
                .workforce(TestChains.segment("a:x", TestChains.PLATFORM, 5, "PH", ServiceType.ANNOTATION, pay,
                        TestChains.hours("45")))
                .environmentalFacts(new EnvironmentalFacts(TestChains.VENDOR, Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(cobalt, cobalt)))
                .build();
        IndicatorReport report = check(chain, "repeated");
        assertTrue(report.indicator("WORKING-HOURS:dup#2").isPresent());
        assertTrue(report.indicator("MINERAL-SOURCING:vendor:cobalt:CD#2").isPresent());
    }

    /** The id of the segment a subject names: the whole subject, else before the first "@", else before the last ":". */
    private static Optional<String> segmentNamedBy(ChainOfActivities chain, String subject) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        chain.workforceSegments().forEach(x -> ids.add(x.id()));
        if (ids.contains(subject)) {
            return Optional.of(subject);
        }
        int at = subject.indexOf('@');
        if (at > 0 && ids.contains(subject.substring(0, at))) {
            return Optional.of(subject.substring(0, at));
        }
        int colon = subject.lastIndexOf(':');
        if (colon > 0 && ids.contains(subject.substring(0, colon))) {
            return Optional.of(subject.substring(0, colon));
        }
        return Optional.empty();
    }

    private static IndicatorReport check(ChainOfActivities chain, String what) {
        return check(chain, what, MeasureParameters.defaults());
    }

    private static IndicatorReport check(ChainOfActivities chain, String what, MeasureParameters parameters) {
        ChainGraph graph = ChainGraph.of(chain);
        IndicatorEngine engine = new IndicatorEngine(chain, graph, parameters).run();
        LazyIndicators list = engine.indicators();
        Entries rows = list.rows();
        assertEquals(rows.size(), list.size(), what);
        List<Indicator> built = new ArrayList<>(list);
        for (int i = 0; i < built.size(); i++) {
            Indicator ind = built.get(i);
            int e = list.row(i);
            String at = what + " " + ind.id();
            assertEquals(i, rows.pos(e), at);
            assertEquals(rows.id(e), ind.id(), at);
            assertEquals(rows.code(e), ind.code(), at);
            assertEquals(rows.subject(e), ind.subject(), at);
            assertEquals(Optional.ofNullable(rows.entity(e)), ind.entity(), at);
            assertEquals(rows.value(e, engine), ind.value(), at);
            assertEquals(Optional.ofNullable(rows.known(e)), ind.value().value(), at);
            assertEquals(rows.status(e), ind.status(), at);
            int node = rows.entityNode(e, graph);
            if (node >= 0) {
                // the node the engine names for the risk map is the entity's
                assertEquals(ind.entity(), Optional.of(graph.entityOfNode(node)), at);
            }
            if (rows.segment(e) >= 0) {
                // the segment the engine names for the risk map is the one the subject names by the map's rules
                assertEquals(Optional.of(chain.workforceSegments().get(rows.segment(e)).id()),
                        segmentNamedBy(chain, ind.subject()), at);
            }
            assertEquals(ind.code() + ":" + ind.subject(), ind.id().replaceFirst("#\\d+$", ""), at);
            if (i > 0) {
                assertTrue(built.get(i - 1).id().compareTo(ind.id()) < 0, what + ": not sorted by id at " + ind.id());
            }
        }
        IndicatorReport report = Measures.measure(chain, graph, parameters);
        assertEquals(built, report.indicators(), what);
        for (Indicator ind : built) {
            assertEquals(Optional.of(ind), report.indicator(ind.id()), what);
            assertEquals(built.stream().filter(x -> x.code().equals(ind.code())).toList(),
                    report.indicators(ind.code()), what);
        }
        assertEquals(Optional.empty(), report.indicator("NO-SUCH-CODE:x"), what);
        assertEquals(List.of(), report.indicators("NO-SUCH-CODE"), what);
        return report;
    }
}
