package org.dutyofvigilance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    static Path dir;
    static Path flagship;

    @BeforeAll
    static void copyFlagship() throws Exception {
        flagship = dir.resolve("flagship.json");
        Files.copy(Path.of("..", "examples", "chains", "flagship.json"), flagship);
    }

    @Test
    void completeChainExitsZeroAndFlagshipWithGapsExitsOne() {
        CliRun good = CliRun.of("validate", Path.of("..", "examples", "chains", "good-chain.json").toString());
        assertEquals(ExitCode.COMPLETE, good.code(), good.out() + good.err());
        assertTrue(good.out().contains("good-chain.json: complete"), good.out());
        CliRun run = CliRun.of("validate", flagship.toString());
        assertEquals(ExitCode.INCOMPLETE, run.code(), run.err());
        assertTrue(run.out().contains("flagship.json: incomplete"), run.out());
        assertTrue(run.out().contains("CSDDD-2026-ART15-PERIODIC (Art. 15): 2 gaps"), run.out());
    }

    @Test
    void malformedFileExitsTwoWithLocationOnStderr() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n \"formatVersion\": \"1.0\",\n \"reportCurrency\" \"EUR\"}");
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().startsWith(bad + ":3:"), run.err());
        assertFalse(run.err().contains("at com.fasterxml"), "no stack trace for the user");
    }

    @Test
    void structuralErrorsExitTwoAndJsonNamesNodeAndField() throws Exception {
        Path neg = dir.resolve("negative.json");
        Files.writeString(neg, Files.readString(flagship).replace("\"amount\": 1.5,", "\"amount\": -1.5,"));
        CliRun run = CliRun.of("validate", "--format", "json", neg.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.out().contains("\"verdict\" : \"invalid_input\""), run.out());
        assertTrue(run.out().contains("\"nodeId\" : \"seg-kazi-moderators\""), run.out());
        assertTrue(run.out().contains("\"field\" : \"pay.amount\""), run.out());
    }

    @Test
    void warningsExitOne() throws Exception {
        Path orphan = dir.resolve("orphan.json");
        Files.writeString(orphan, Files.readString(flagship).replace("\"businessPartners\": [",
                "\"businessPartners\": [ { \"id\": \"orphan\", \"legalName\": \"Orphan Ltd\", \"country\": \"PH\", \"role\": \"vendor\" },"));
        CliRun run = CliRun.of("validate", orphan.toString(), flagship.toString());
        assertEquals(ExitCode.INCOMPLETE, run.code());
        assertTrue(run.out().contains("STRUCT-UNCONNECTED"), run.out());
        assertTrue(run.out().contains("structure: 1 finding"), run.out());
    }

    @Test
    void missingFileAndBadOptionsExitTwo() {
        CliRun missing = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertEquals(ExitCode.INVALID_INPUT, missing.code());
        assertTrue(missing.err().contains("the file does not exist"), missing.err());
        CliRun option = CliRun.of("validate", "--format", "xml", flagship.toString());
        assertEquals(ExitCode.INVALID_INPUT, option.code());
        assertTrue(option.err().contains("--format"), option.err());
    }

    @Test
    void schemaCommandPrintsTheSchema() {
        CliRun run = CliRun.of("schema");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""), run.out());
    }

    @Test
    void helpListsExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("2  invalid input: unreadable or malformed file"), run.out());
    }
}
