package org.dutyofvigilance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @Test
    void starterFileIsCommentedAndValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chain.json");
        CliRun init = CliRun.of("init", file.toString());
        assertEquals(ExitCode.COMPLETE, init.code(), init.err());
        assertTrue(Files.readString(file).contains("\"$comment\""));
        CliRun validate = CliRun.of("validate", file.toString());
        assertTrue(validate.code() <= ExitCode.INCOMPLETE, validate.out() + validate.err());
        CliRun again = CliRun.of("init", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }
}
