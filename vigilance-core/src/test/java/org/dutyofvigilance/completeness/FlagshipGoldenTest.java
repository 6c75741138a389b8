package org.dutyofvigilance.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.scope.RegimeScope;
import org.junit.jupiter.api.Test;

/**
 * The flagship example's findings against the golden files in {@code src/test/resources/golden/}: one line per
 * finding (status, rule id, node, field, citation) and one line per data request. After a deliberate change
 * to the rules, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class FlagshipGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static String findingsText(CompletenessReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# flagship.json: verdict ").append(r.verdict()).append(", overall ").append(r.overall().percent())
                .append(" % (").append(r.overall().applicable()).append(" applicable)\n");
        for (RegimeScope s : r.scope().regimes()) {
            sb.append("# scope ").append(s.timeline()).append(": ").append(s.status())
                    .append(s.from().map(d -> " from " + d).orElse("")).append(s.current() ? " (current)" : "")
                    .append('\n');
        }
        for (Map.Entry<Integer, Coverage> e : r.byTier().entrySet()) {
            sb.append("# tier ").append(e.getKey()).append(": ").append(e.getValue().percent()).append(" %\n");
        }
        sb.append("# status | rule | node | field | citation (in rule-set and obligation order)\n");
        java.util.List<String> order = r.ruleSets().stream().flatMap(rs -> rs.obligations().stream())
                .map(o -> o.id()).toList();
        java.util.List<DisclosureFinding> sorted = new java.util.ArrayList<>(r.findings());
        sorted.sort(java.util.Comparator.comparingInt(f -> order.indexOf(f.ruleId())));
        for (DisclosureFinding f : sorted) {
            sb.append(f.status()).append(" | ").append(f.ruleId()).append(" | ").append(f.nodeId()).append(" | ")
                    .append(f.field().isEmpty() ? "-" : f.field()).append(" | ").append(f.citation()).append('\n');
        }
        return sb.toString();
    }

    static String requestsText(DataRequests requests) {
        StringBuilder sb = new StringBuilder("# supplier | node | field | status | cap | refusable | obligations\n");
        for (DataRequest q : requests.requests()) {
            sb.append(q.supplierId()).append(" | ").append(q.nodeId()).append(" | ").append(q.field()).append(" | ")
                    .append(q.status()).append(" | ").append(q.cap()).append(" | ").append(q.refusable()).append(" | ")
                    .append(String.join(", ", q.grounds().stream().map(Ground::ruleId).toList())).append('\n');
        }
        return sb.toString();
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "golden file " + file + " differs; rerun with -Dgolden.update=true after a deliberate change");
    }

    @Test
    void flagshipFindingsMatchTheGoldenFile() throws IOException {
        ChainOfActivities chain = TestChains.flagship();
        CompletenessOptions options = CompletenessOptions.defaults().withStructuralFindings(Vigilance.check(chain));
        CompletenessReport report = Completeness.check(chain, Rulebook.shipped(), options);
        compare("flagship-findings.txt", findingsText(report));
        compare("flagship-data-requests.txt", requestsText(DataRequests.from(report, chain)));
    }
}
