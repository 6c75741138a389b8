package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.IncidentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The risk mapper (numbered entities, scratch arrays, scores per class, counting sort on the class rank) gives
 * the same risks, in the same order, with the same ranks and justifications, as the plain mapper it replaced
 * ({@link RiskMapperReference}): on the example chains, on seeded random chains, under the shipped rules and
 * under rules that take the other paths (scores above 15, irremediability below 1, repeated categories,
 * non-disclosure as a risk, other weights).
 */
class RiskMapperAgreesTest {

    /** Rules that exercise what the shipped ones do not. */
    static RiskRules unusual() {
        RiskRules s = RiskRules.shipped();
        Map<ImpactCategory, RiskRules.CategoryRule> categories = new EnumMap<>(ImpactCategory.class);
        s.categories().forEach((c, r) -> categories.put(c, new RiskRules.CategoryRule(r.baseScale(),
                r.irremediability(), c.ordinal() % 2 == 0 ? -5 : 7, r.fixedScope())));
        Map<String, RiskRules.DriverRule> drivers = new HashMap<>();
        s.drivers().forEach((code, d) -> {
            List<ImpactCategory> twice = new ArrayList<>(d.categories());
            twice.addAll(d.categories());
            drivers.put(code, new RiskRules.DriverRule(twice, d.scale() + 10, d.bands(),
                    code.hashCode() % 2 == 0 ? Optional.of(Set.of(IndicatorStatus.ADVERSE, IndicatorStatus.UNKNOWN))
                            : d.raisesOn()));
        });
        Map<IncidentKind, List<ImpactCategory>> incidents = new EnumMap<>(IncidentKind.class);
        s.incidents().forEach((k, l) -> {
            List<ImpactCategory> twice = new ArrayList<>(l);
            twice.addAll(l);
            incidents.put(k, twice);
        });
        return new RiskRules("unusual", 20, Set.of(IndicatorStatus.ADVERSE, IndicatorStatus.NOT_EVIDENCED),
                s.likelihood(), 20, s.opacityCodes(), 3,
                new RiskRules.Weights(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("3")),
                s.scopeBands(), s.scopeIfUnknown(), categories, drivers, incidents);
    }

    static List<MeasureParameters> parameters() {
        MeasureParameters d = MeasureParameters.defaults();
        RiskRules s = RiskRules.shipped();
        RiskRules scaleOnly = new RiskRules(s.version(), s.maxScore(), s.riskStatuses(), s.likelihood(),
                s.actualLikelihood(), s.opacityCodes(), s.opacityUplift(),
                new RiskRules.Weights(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO), s.scopeBands(),
                s.scopeIfUnknown(), s.categories(), s.drivers(), s.incidents());
        return List.of(d, d.withRiskRules(scaleOnly), d.withRiskRules(unusual()),
                d.withPayRatioCoefficient(new BigDecimal("20")).withMinimumPassThroughPercent(new BigDecimal("50")));
    }

    static int check(ChainOfActivities chain, String what) {
        int risks = 0;
        for (MeasureParameters p : parameters()) {
            ChainGraph graph = ChainGraph.of(chain);
            IndicatorEngine engine = new IndicatorEngine(chain, graph, p).run();
            engine.indicators(); // sorts the rows, as Measures does before the risk map
            List<Risk> expected = new RiskMapperReference(engine, chain, graph, p.riskRules(),
                    p.conventions().mathContext()).map(engine.rows(), chain.incidents());
            List<Risk> actual = new RiskMapper(engine, chain, graph, p.riskRules(),
                    p.conventions().mathContext()).map(engine.rows(), chain.incidents());
            RiskMapper split = new RiskMapper(engine, chain, graph, p.riskRules(), p.conventions().mathContext());
            split.splitForTests = true;
            assertEquals(actual, split.map(engine.rows(), chain.incidents()), what + " mapped on two threads");
            assertEquals(expected.size(), actual.size(), what);
            for (int i = 0; i < expected.size(); i++) {
                // equals compares every field, the justifications included
                assertEquals(expected.get(i), actual.get(i), what + " " + p.riskRules().version() + " #" + i);
            }
            risks += actual.size();
        }
        return risks;
    }

    @ParameterizedTest
    @MethodSource("org.dutyofvigilance.measure.ExampleChainsTest#chains")
    void exampleChains(Path file) {
        check(ChainJson.read(file), file.toString());
    }

    @Test
    void randomChains() {
        int risks = 0;
        for (long seed = 0; seed < 120; seed++) {
            risks += check(RandomChainsTest.randomChain(seed), "seed " + seed);
        }
        assertFalse(risks == 0, "the random chains raise risks");
    }
}
