package org.dutyofvigilance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "chains");

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void rendersTheFlagshipInEnglishAndFrench(@TempDir Path dir) throws Exception {
        Path en = dir.resolve("plan-en.pdf");
        CliRun run = CliRun.of("render", EXAMPLES.resolve("flagship.json").toString(), "-o", en.toString());
        assertEquals(ExitCode.INCOMPLETE, run.code(), run.err());
        assertTrue(text(en).contains("Groupe Aurore SA"));
        Path fr = dir.resolve("plan-fr.pdf");
        CliRun runFr = CliRun.of("render", EXAMPLES.resolve("flagship.json").toString(), "-o", fr.toString(), "--lang", "fr",
                "--edition", "internal");
        assertEquals(ExitCode.INCOMPLETE, runFr.code(), runFr.err());
        assertTrue(text(fr).contains("Plan de vigilance"), "French labels");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void sameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        CliRun.of("render", EXAMPLES.resolve("flagship.json").toString(), "-o", a.toString());
        CliRun.of("render", EXAMPLES.resolve("flagship.json").toString(), "-o", b.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void batchRendersEveryFileAndAFailureDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{ \"formatVersion\": \"1.0\", ");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", EXAMPLES.resolve("flagship.json").toString(), bad.toString(),
                EXAMPLES.resolve("good-chain.json").toString(), "-o", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(Files.size(out.resolve("flagship.pdf")) > 10_000);
        assertTrue(Files.size(out.resolve("good-chain.pdf")) > 10_000);
        assertFalse(Files.exists(out.resolve("broken.pdf")));
        assertTrue(run.err().contains("[2/3] " + bad + " -> not rendered"), run.err());
        assertTrue(run.err().contains("truncated"), run.err());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of("flagship.pdf", "good-chain.pdf"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void invalidInputLeavesThePreviousFileIntactAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.pdf");
        Files.writeString(target, "previous plan");
        Path negative = dir.resolve("negative.json");
        Files.writeString(negative, Files.readString(EXAMPLES.resolve("flagship.json")).replace("\"amount\": 1.5,", "\"amount\": -1.5,"));
        CliRun run = CliRun.of("render", negative.toString(), "-o", target.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals("previous plan", Files.readString(target, StandardCharsets.UTF_8));
        assertTrue(run.err().contains("seg-kazi-moderators / pay.amount"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void everyScenarioRendersInBothLanguages(@TempDir Path dir) throws Exception {
        List<Path> chains;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            chains = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (String lang : List.of("en", "fr")) {
            Path out = dir.resolve(lang);
            String[] args = Stream.concat(Stream.of("render"), Stream.concat(chains.stream().map(Path::toString),
                    Stream.of("-o", out.toString(), "--lang", lang))).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertTrue(run.code() <= ExitCode.INCOMPLETE, run.err());
            for (Path chain : chains) {
                String name = chain.getFileName().toString().replace(".json", ".pdf");
                assertTrue(Files.size(out.resolve(name)) > 10_000, name);
            }
        }
    }

    @Test
    void otherCommandsPrintMachineReadableOutput(@TempDir Path dir) throws Exception {
        String flagship = EXAMPLES.resolve("flagship.json").toString();
        CliRun scope = CliRun.of("scope", flagship);
        assertEquals(0, scope.code(), scope.err());
        assertTrue(scope.out().contains("fr_vigilance") || scope.out().contains("fr-vigilance") || scope.out().contains("vigilance"), scope.out());
        CliRun indicators = CliRun.of("indicators", flagship);
        assertEquals(0, indicators.code(), indicators.err());
        assertTrue(indicators.out().contains("\"risks\""), indicators.out());
        Path csv = dir.resolve("requests.csv");
        CliRun requests = CliRun.of("requests", flagship, "-o", csv.toString());
        assertEquals(ExitCode.INCOMPLETE, requests.code(), requests.err());
        assertTrue(Files.readString(csv).startsWith("supplier_id,"), Files.readString(csv));
        CliRun json = CliRun.of("requests", flagship, "--format", "json");
        assertTrue(json.out().trim().startsWith("{") || json.out().trim().startsWith("["), json.out());
    }
}
