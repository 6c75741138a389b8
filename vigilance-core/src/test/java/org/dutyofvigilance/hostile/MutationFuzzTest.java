package org.dutyofvigilance.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the example chains (deleted, duplicated, swapped and replaced bytes and tokens).
 * Every mutant must be read and checked, or rejected with a {@link ChainFormatException} that names a
 * place; any other exception is a bug. Runs with a fixed seed in CI; run longer with
 * {@code -Dvigilance.fuzz.iterations=100000 -Dvigilance.fuzz.seed=...}.
 */
class MutationFuzzTest {
    private static final long SEED = Long.getLong("vigilance.fuzz.seed", 20261122L);
    private static final int ITERATIONS = Integer.getInteger("vigilance.fuzz.iterations", 2_000);
    private static final String[] TOKENS = {"null", "true", "-1", "0", "1e400", "\"\"", "[]", "{}", "\"x\"", ",", ":",
        "\"\\u0000\"", "NaN", "9999999999999999999999", "\"9999-12-31\"", "\"kazi-data\""};

    @Test
    void mutantsAreReadOrRejectedCleanly() throws IOException {
        List<byte[]> seeds;
        try (Stream<Path> files = Files.list(TestChains.EXAMPLES)) {
            seeds = files.filter(p -> p.toString().endsWith(".json")).sorted().map(MutationFuzzTest::bytes).toList();
        }
        assertFalse(seeds.isEmpty());
        Random random = new Random(SEED);
        int rejected = 0;
        int read = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                var chain = ChainJson.read(new java.io.ByteArrayInputStream(mutant), "mutant-" + i + ".json");
                StructuralCheck.check(chain);
                read++;
            } catch (ChainFormatException e) {
                assertTrue(e.getMessage().startsWith("mutant-" + i + ".json"), e.getMessage());
                assertTrue(e.line() > 0 || e.jsonPath().isPresent() || e.problem().equals("the file is empty"),
                        () -> "no place in: " + e.getMessage());
                rejected++;
            } catch (RuntimeException e) {
                fail("mutant " + i + " (seed " + SEED + ") raised " + e + "\n"
                        + new String(mutant, StandardCharsets.UTF_8).substring(0, Math.min(mutant.length, 400)), e);
            }
        }
        assertTrue(rejected > 0 && read > 0, "both outcomes occur: read " + read + ", rejected " + rejected);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int mutations = 1 + r.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> b = splice(b, at, 1 + r.nextInt(8), new byte[0]);
                case 1 -> b = splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + r.nextInt(40))));
                case 2 -> b[at] = (byte) r.nextInt(256);
                case 3 -> b = splice(b, at, r.nextInt(4), TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                default -> {
                    int other = r.nextInt(b.length);
                    byte t = b[at];
                    b[at] = b[other];
                    b[other] = t;
                }
            }
            if (b.length == 0) {
                return b;
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        int end = Math.min(b.length, at + remove);
        byte[] out = new byte[b.length - (end - at) + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, end, out, at + insert.length, b.length - end);
        return out;
    }
}
