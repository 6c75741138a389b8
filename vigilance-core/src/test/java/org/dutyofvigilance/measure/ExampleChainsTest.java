package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example chain can be measured, deterministically, from several threads at once. */
class ExampleChainsTest {
    private static final Path CHAINS = Path.of("..", "examples", "chains");

    static Stream<Path> chains() throws IOException {
        try (Stream<Path> files = Files.list(CHAINS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("chains")
    void everyExampleChainIsMeasuredWithExplicitUnknowns(Path file) {
        IndicatorReport report = Measures.measure(ChainJson.read(file));
        assertFalse(report.indicators().isEmpty(), file.toString());
        for (Indicator i : report.indicators()) {
            assertEquals(i.value().isKnown(), i.value().unknownReason().isEmpty(), i.id());
            assertFalse(i.statement().isBlank(), i.id());
        }
        for (int r = 0; r < report.risks().size(); r++) {
            Risk risk = report.risks().get(r);
            assertEquals(r + 1, risk.rank());
            assertTrue(!risk.drivers().isEmpty() || !risk.incidents().isEmpty(), risk.id());
        }
    }

    @Test
    void aGoodChainRaisesNoLikelyRisk() {
        IndicatorReport report = Measures.measure(ChainJson.read(CHAINS.resolve("good-chain.json")));
        assertTrue(report.risks().stream().allMatch(r -> r.likelihood() <= 2), report.risks().toString());
    }

    @Test
    void measuringIsThreadSafeAndDeterministic() throws Exception {
        ChainOfActivities chain = ChainJson.read(CHAINS.resolve("flagship.json"));
        String expected = Measures.measure(chain).toJson();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> Measures.measure(chain).toJson()));
            }
            for (Future<String> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
