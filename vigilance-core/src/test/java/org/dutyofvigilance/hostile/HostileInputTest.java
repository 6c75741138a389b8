package org.dutyofvigilance.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus: every case must end in a clear read error (with a place) or an ERROR finding
 * (with node and field), never another exception, within a bounded time. Large cases are generated here
 * rather than stored.
 */
class HostileInputTest {

    /** What a case must produce: a read error whose problem contains the text, or an ERROR finding of the rule. */
    record Expect(String readProblem, String rule) {
        static Expect readError(String problemContains) {
            return new Expect(problemContains, null);
        }

        static Expect finding(String rule) {
            return new Expect(null, rule);
        }
    }

    private static String flagship() {
        return TestChains.flagshipJson();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Arguments hostile(String name, Supplier<byte[]> input, Expect expect) {
        return Arguments.of(Named.of(name, input), expect);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                hostile("empty file", () -> new byte[0], Expect.readError("the file is empty")),
                hostile("not JSON", () -> utf8("vigilance plan 2025\n"), Expect.readError("not valid JSON")),
                hostile("JSON null", () -> utf8("null"), Expect.readError("null")),
                hostile("a JSON array", () -> utf8("[1, 2]"), Expect.readError("expected an object")),
                hostile("truncated", () -> utf8(flagship().substring(0, 3000)), Expect.readError("truncated")),
                hostile("invalid UTF-8", HostileInputTest::invalidUtf8, Expect.readError("not valid UTF-8")),
                hostile("UTF-16 file", () -> flagship().getBytes(StandardCharsets.UTF_16LE), Expect.readError("not UTF-8")),
                hostile("100,000 nested arrays", () -> utf8("[".repeat(100_000) + "]".repeat(100_000)),
                        Expect.readError("expected an object")),
                hostile("100,000 nested objects in a field", () -> utf8("{\"notes\":" + "{\"a\":".repeat(100_000) + "1"
                        + "}".repeat(100_000) + "}"), Expect.readError("")),
                hostile("a 50 MB string", () -> utf8(flagship().replace("\"Groupe Aurore SA\",\n    \"country\"",
                        "\"" + "A".repeat(50_000_000) + "\",\n    \"country\"")), Expect.readError("safety limit")),
                hostile("a 200-digit number", () -> utf8(flagship().replace("\"amount\": 1.5,", "\"amount\": 1" + "0".repeat(200) + ",")),
                        Expect.readError("safety limit")),
                hostile("1e400 as pay", () -> utf8(flagship().replace("\"amount\": 1.5,", "\"amount\": 1e400,")),
                        Expect.finding("STRUCT-IMPLAUSIBLE-AMOUNT")),
                hostile("1e999999999 as pay", () -> utf8(flagship().replace("\"amount\": 1.5,", "\"amount\": 1e999999999,")),
                        Expect.finding("STRUCT-IMPLAUSIBLE-AMOUNT")),
                hostile("NaN", () -> utf8(flagship().replace("\"amount\": 1.5,", "\"amount\": NaN,")), Expect.readError("NaN")),
                hostile("Infinity", () -> utf8(flagship().replace("\"amount\": 1.5,", "\"amount\": -Infinity,")),
                        Expect.readError("")),
                hostile("duplicate keys", () -> utf8(flagship().replace("\"reportCurrency\": \"EUR\",",
                        "\"reportCurrency\": \"EUR\", \"reportCurrency\": \"USD\",")), Expect.readError("appears twice")),
                hostile("an integer as text", () -> utf8(flagship().replace("\"employees\": 850", "\"employees\": \"eight hundred\"")),
                        Expect.readError("a whole number")),
                hostile("a float where a whole number goes", () -> utf8(flagship().replace("\"employees\": 850", "\"employees\": 850.5")),
                        Expect.readError("a whole number")),
                hostile("id with control characters", () -> utf8(flagship().replace("\"id\": \"gm-kazi-hr\"", "\"id\": \"gm-kazi\\u0000hr\"")),
                        Expect.finding("STRUCT-ID-SYNTAX")),
                hostile("a 10,000-node cycle", () -> generated(10_000, true, true), Expect.finding("STRUCT-CYCLE")),
                hostile("a reference to itself", () -> utf8(flagship().replace("\"relationships\": [",
                        "\"relationships\": [ { \"id\": \"self\", \"customer\": \"datalabel\", \"supplier\": \"datalabel\" },")),
                        Expect.finding("STRUCT-SELF-REFERENCE")),
                hostile("a million partners without a buyer", () -> generated(1_000_000, false, false), Expect.finding("STRUCT-ROOT")),
                hostile("negative pay", () -> utf8(flagship().replace("\"amount\": 2.2,", "\"amount\": -2.2,")),
                        Expect.finding("STRUCT-FIELD-RANGE")),
                hostile("a billion an hour", () -> utf8(flagship().replace("\"amount\": 2.2,", "\"amount\": 1000000000,")),
                        Expect.finding("STRUCT-IMPLAUSIBLE-AMOUNT")),
                hostile("a date in the year 0", () -> utf8(flagship().replace("\"2024-12-04\"", "\"0000-12-04\"")),
                        Expect.finding("STRUCT-DATE-RANGE")),
                hostile("a date in the year 9999", () -> utf8(flagship().replace("\"2026-06-30\"", "\"9999-06-30\"")),
                        Expect.finding("STRUCT-DATE-RANGE")),
                hostile("an impossible date", () -> utf8(flagship().replace("\"2026-06-30\"", "\"2026-02-30\"")),
                        Expect.readError("YYYY-MM-DD")),
                hostile("unknown currency", () -> utf8(flagship().replace("\"currency\": \"USD\", \"per\": \"worker_hour\"",
                        "\"currency\": \"XBT\", \"per\": \"worker_hour\"")), Expect.finding("STRUCT-UNKNOWN-CURRENCY")),
                hostile("a rate missing for a used currency", () -> utf8(flagship().replaceAll("\\{ \"from\": \"KES\"[^}]*\\}", "")
                        .replace("},\n    \n  ]", "}\n  ]").replace("\"amount\": 250, \"currency\": \"EUR\"", "\"amount\": 40000, \"currency\": \"KES\"")),
                        Expect.finding("STRUCT-MISSING-RATE")),
                hostile("a segment employed by an entity not in the chain", () -> utf8(flagship().replaceFirst(
                        "(\"workforceSegments\": \\[\\s*\\{\\s*\"id\": \"[^\"]*\",\\s*\"entity\": )\"[^\"]*\"", "$1\"nobody\"")),
                        Expect.finding("STRUCT-DANGLING-REFERENCE")),
                hostile("trailing garbage", () -> utf8(flagship() + "]"), Expect.readError("")));
    }

    private static byte[] invalidUtf8() {
        byte[] bytes = utf8(flagship());
        int at = flagship().indexOf("Groupe Aurore");
        bytes[at] = (byte) 0xFF;
        return bytes;
    }

    /** A chain of n vendors: with a buyer and a loop through all of them, or without any buyer at all. */
    private static byte[] generated(int n, boolean withBuyer, boolean loop) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 120);
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("{\"formatVersion\":\"1.0\",\"reportingCompany\":{\"entityId\":\"root\",\"name\":\"Root SA\",\"country\":\"FR\"},")
                .append("\"reportingPeriod\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},\"reportCurrency\":\"EUR\",")
                .append("\"businessPartners\":[");
        if (withBuyer) {
            b.append("{\"id\":\"root\",\"legalName\":\"Root SA\",\"country\":\"FR\",\"role\":\"buyer\"},");
        }
        for (int i = 0; i < n; i++) {
            b.append("{\"id\":\"p").append(i).append("\",\"legalName\":\"Partner ").append(i)
                    .append("\",\"country\":\"KE\",\"role\":\"vendor\"}").append(i + 1 < n ? "," : "");
            flush(b, out);
        }
        b.append("],\"relationships\":[");
        if (loop) {
            b.append("{\"id\":\"r-root\",\"customer\":\"root\",\"supplier\":\"p0\"}");
            for (int i = 0; i < n; i++) {
                b.append(",{\"id\":\"r").append(i).append("\",\"customer\":\"p").append(i).append("\",\"supplier\":\"p")
                        .append((i + 1) % n).append("\"}");
                flush(b, out);
            }
        }
        b.append("]}");
        out.writeBytes(utf8(b.toString()));
        return out.toByteArray();
    }

    private static void flush(StringBuilder b, ByteArrayOutputStream out) {
        if (b.length() > 60_000) {
            out.writeBytes(utf8(b.toString()));
            b.setLength(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputEndsInAClearErrorWithAPlace(Supplier<byte[]> input, Expect expect) {
        byte[] bytes = input.get();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                var chain = ChainJson.read(new ByteArrayInputStream(bytes), "hostile.json");
                List<Finding> findings = StructuralCheck.check(chain);
                if (expect.rule() == null) {
                    fail("expected a read error containing '" + expect.readProblem() + "', got findings " + findings);
                }
                Finding f = findings.stream().filter(x -> x.rule().equals(expect.rule())).findFirst()
                        .orElseThrow(() -> new AssertionError("no " + expect.rule() + " in " + findings));
                assertTrue(f.severity() == Severity.ERROR, f.toString());
                assertFalse(f.nodeId().isBlank(), "a finding names its node");
                assertTrue(f.message().length() < 2_000, "messages stay readable");
                assertTrue(findings.size() <= 20 * StructuralCheck.MAX_FINDINGS_PER_RULE, "findings are capped");
                // the whole pipeline stops cleanly at the structural errors (no later stage trips on them)
                assertEquals(org.dutyofvigilance.completeness.Verdict.INVALID_INPUT,
                        org.dutyofvigilance.Vigilance.assess(chain).verdict());
            } catch (ChainFormatException e) {
                if (expect.readProblem() == null) {
                    fail("expected finding " + expect.rule() + ", got read error: " + e.getMessage());
                }
                assertTrue(e.problem().contains(expect.readProblem()), e.getMessage());
                assertTrue(e.getMessage().startsWith("hostile.json"), "the message names the source");
                assertTrue(e.line() > 0 || e.problem().equals("the file is empty"), "the message names the line: " + e.getMessage());
                assertTrue(e.getMessage().length() < 2_000, "messages stay readable: " + e.getMessage().length());
                assertFalse(e.hint().isBlank(), "the message says what to do");
            }
        });
    }
}
