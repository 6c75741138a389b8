package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.junit.jupiter.api.Test;

/**
 * The risk map of the flagship example, compared with a readable golden file. After an intended change, run
 * with {@code -Dgolden.update=true} and review the diff of {@code src/test/resources/golden/}.
 */
class FlagshipRiskMapGoldenTest {
    private static final Path FLAGSHIP = Path.of("..", "examples", "chains", "flagship.json");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "flagship-risk-map.txt");

    static String render(IndicatorReport report) {
        StringBuilder b = new StringBuilder();
        b.append("# rank | entity (tier) | category | occurrence | severity scale/scope/irremediability = score"
                + " | likelihood | priority | drivers | incidents\n");
        for (Risk r : report.risks()) {
            b.append(r.rank()).append(" | ").append(r.entity()).append(" (").append(r.tier()).append(") | ")
                    .append(r.category()).append(" | ").append(r.occurrence()).append(" | ")
                    .append(r.severity().scale()).append('/').append(r.severity().scope()).append('/')
                    .append(r.severity().irremediability()).append(" = ").append(r.severity().score()).append(" | ")
                    .append(r.likelihood()).append(" | ").append(r.priority()).append(" | ")
                    .append(String.join(", ", r.drivers())).append(" | ")
                    .append(r.incidents().isEmpty() ? "-" : String.join(", ", r.incidents())).append('\n');
        }
        return b.toString();
    }

    @Test
    void flagshipRiskMapMatchesTheGoldenFile() throws IOException {
        ChainOfActivities chain = ChainJson.read(FLAGSHIP);
        String actual = render(Measures.measure(chain));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    @Test
    void flagshipSeedFiguresHold() {
        IndicatorReport report = Measures.measure(ChainJson.read(FLAGSHIP));
        assertEquals("12.5000", report.indicator("PASS-THROUGH:seg-kazi-moderators@rel-aurore-lumiere/"
                + "rel-lumiere-datalabel/rel-datalabel-kazi").orElseThrow().value().value().orElseThrow().toPlainString());
        assertEquals("66.6667", report.indicator("PAY-RATIO:chain").orElseThrow().value().value().orElseThrow()
                .toPlainString());
        assertEquals(report.toJson(), Measures.measure(ChainJson.read(FLAGSHIP)).toJson());
    }
}
