package org.dutyofvigilance.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dutyofvigilance.bench.baseline.PlainChain;
import org.dutyofvigilance.bench.baseline.PlainJson;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.WorkforceSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainGeneratorTest {
    private static ChainOfActivities chain;

    @BeforeAll
    static void generate() {
        chain = ChainGenerator.generate(10_000);
    }

    @Test
    void generatedChainHasExactlyTheRequestedNodes() {
        assertEquals(10_000, ChainGenerator.nodeCount(chain));
        assertEquals(25_000, ChainGenerator.nodeCount(ChainGenerator.generate(25_000, 7)));
    }

    @Test
    void generatedChainPassesTheStructuralCheckWithoutErrors() {
        List<Finding> findings = StructuralCheck.check(chain);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).limit(10).toList();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedAnotherChain() {
        assertArrayEquals(ChainJson.toBytes(chain), ChainJson.toBytes(ChainGenerator.generate(10_000)));
        assertTrue(!chain.equals(ChainGenerator.generate(10_000, 1)));
    }

    @Test
    void chainIsADagFiveToSixTiersDeepWithAFewHundredDirectPartnersAtMost() {
        ChainGraph graph = ChainGraph.of(chain);
        assertTrue(graph.maxTier() >= 5 && graph.maxTier() <= 6, "max tier " + graph.maxTier());
        long direct = chain.businessPartners().stream().filter(p -> graph.relation(p.id()) == PartnerRelation.DIRECT).count();
        assertTrue(direct >= 20 && direct <= 400, "direct partners " + direct);
        long shared = chain.businessPartners().stream().filter(p -> graph.customersOf(p.id()).size() > 1).count();
        assertTrue(shared > chain.businessPartners().size() / 10, "suppliers with several customers " + shared);
        assertTrue(chain.businessPartners().stream().map(BusinessPartner::role).distinct().count() >= 7);
    }

    @Test
    void workforceUsesEveryPayUnitSeveralCurrenciesAndLeavesSomeFactsUndisclosed() {
        Set<PayUnit> units = EnumSet.noneOf(PayUnit.class);
        chain.workforceSegments().forEach(s -> s.pay().ifPresent(p -> units.add(p.per())));
        assertEquals(EnumSet.allOf(PayUnit.class), units);
        assertTrue(chain.workforceSegments().stream().flatMap(s -> s.pay().stream())
                .filter(p -> p.per() == PayUnit.TASK).allMatch(p -> p.taskMinutes().isPresent()));
        Set<String> currencies = chain.workforceSegments().stream().flatMap(s -> s.pay().stream()).map(p -> p.currency())
                .collect(Collectors.toSet());
        assertTrue(currencies.size() >= 8, "currencies " + currencies);
        long payUnknown = chain.workforceSegments().stream().filter(s -> s.pay().isEmpty()).count();
        long hoursUnknown = chain.workforceSegments().stream().map(WorkforceSegment::conditions)
                .filter(c -> c.hoursPerWeek().isEmpty()).count();
        int n = chain.workforceSegments().size();
        assertTrue(payUnknown > n / 10 && payUnknown < n / 2, "pay unknown " + payUnknown + "/" + n);
        assertTrue(hoursUnknown > n / 10 && hoursUnknown < n / 2, "hours unknown " + hoursUnknown + "/" + n);
        assertTrue(!chain.grievanceMechanisms().isEmpty() && !chain.incidents().isEmpty() && !chain.evidence().isEmpty()
                && !chain.actions().isEmpty() && !chain.environmentalFacts().isEmpty());
    }

    @Test
    void writtenFileReadsBackEqualWithTheLibraryAndWithThePlainBaseline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chain.json");
        long bytes = ChainGenerator.writeFile(10_000, ChainGenerator.DEFAULT_SEED, file);
        assertEquals(Files.size(file), bytes);
        assertEquals(chain, ChainJson.read(file));
        PlainChain plain = PlainJson.read(file);
        assertEquals(chain.businessPartners().size(), plain.businessPartners().size());
        assertEquals(chain.evidence().size(), plain.evidence().size());
    }
}
