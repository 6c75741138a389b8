package org.dutyofvigilance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleOptionsTest {
    private static final String MICROTASK = Path.of("..", "examples", "chains", "microtask-marketplace.json").toString();
    private static final String USER_RULES = Path.of("src", "test", "resources", "user-rules.json").toString();

    @Test
    void userRuleFileIsCheckedBesideTheShippedRules() {
        CliRun run = CliRun.of("validate", "--rules", USER_RULES, MICROTASK);
        assertEquals(ExitCode.INCOMPLETE, run.code(), run.err());
        assertTrue(run.out().contains("AURORE-POL-4-1 (Policy 4.1): 3 gaps"), run.out());
        assertTrue(run.out().contains("CSDDD-2026"), "shipped rules still checked");
    }

    @Test
    void userRuleFileCanReplaceTheShippedRules() {
        CliRun run = CliRun.of("validate", "--rules", USER_RULES, "--no-shipped-rules", MICROTASK);
        assertEquals(ExitCode.INCOMPLETE, run.code(), run.err());
        assertTrue(run.out().contains("AURORE-POL-4-1"), run.out());
        assertFalse(run.out().contains("CSDDD-2026"), run.out());
    }

    @Test
    void ruleFileWithASyntaxErrorExitsTwoWithItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad-rules.json");
        Files.writeString(bad, "{ \"formatVersion\": \"1.0\", \"id\": \n");
        CliRun run = CliRun.of("validate", "--rules", bad.toString(), MICROTASK);
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().contains(bad + ": JSON syntax error at line 2"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
