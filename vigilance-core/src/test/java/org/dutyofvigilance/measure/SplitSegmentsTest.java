package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.WorkforceSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Computing the segment indicators in two halves at once (the second on another thread) gives the same report,
 * byte for byte, as computing them in one pass: the rows, their order, the segment facts and wage gaps the
 * Fairwork and Partnership-on-AI points read, the risk map and every word.
 */
class SplitSegmentsTest {

    @ParameterizedTest
    @MethodSource("org.dutyofvigilance.measure.ExampleChainsTest#chains")
    void exampleChains(Path file) {
        same(ChainJson.read(file), file.toString());
    }

    @Test
    void randomChains() {
        for (long seed = 0; seed < 120; seed++) {
            same(RandomChainsTest.randomChain(seed), "seed " + seed);
        }
    }

    /** Segments listed twice under one id (their pay differs): the id's pay is its last listing's either way. */
    @Test
    void segmentIdsListedTwice() {
        for (long seed = 0; seed < 40; seed++) {
            ChainOfActivities c = RandomChainsTest.randomChain(seed);
            List<WorkforceSegment> segments = new java.util.ArrayList<>(c.workforceSegments());
            for (int i = 2; i < segments.size(); i += 3) {
                WorkforceSegment s = segments.get(i);
                WorkforceSegment earlier = segments.get(i - 2);
                segments.set(i, new WorkforceSegment(earlier.id(), s.entity(), s.name(), s.headcount(), s.countries(),
                        s.tasks(), s.employmentStatus(), s.pay(), s.conditions(), s.grievanceMechanisms(),
                        s.annualTasks(), s.highestPaid(), s.confidential()));
            }
            same(new ChainOfActivities(c.formatVersion(), c.reportingCompany(), c.reportingPeriod(),
                    c.reportCurrency(), c.exchangeRates(), c.businessPartners(), c.relationships(), segments,
                    c.grievanceMechanisms(), c.incidents(), c.environmentalFacts(), c.actions(),
                    c.stakeholderConsultations(), c.monitoringIndicators(), c.evidence(), c.notes()),
                    "seed " + seed + " with ids listed twice");
        }
    }

    private static void same(ChainOfActivities chain, String what) {
        for (MeasureParameters p : List.of(MeasureParameters.defaults(), MeasureParameters.defaults()
                .withPayRatioCoefficient(new BigDecimal("20")).withMinimumPassThroughPercent(new BigDecimal("50")))) {
            ChainGraph graph = ChainGraph.of(chain);
            String whole = Measures.measure(chain, graph, p, Integer.MAX_VALUE).toJson();
            for (int splitAt : new int[] {2, chain.workforceSegments().size()}) {
                assertEquals(whole, Measures.measure(chain, graph, p, splitAt).toJson(), what + " split at " + splitAt);
            }
        }
    }
}
