package org.dutyofvigilance.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find their inputs. Paths are resolved against the repository root, which is the
 * working directory unless the environment variable {@code VIGILANCE_ROOT} says otherwise (JMH forks inherit
 * the environment and the working directory, not the host's system properties). Data files live in
 * {@code vigilance-bench/target/data/chain-<nodes>.json}; a missing one is generated on first use.
 */
public final class BenchFiles {
    private BenchFiles() {
    }

    /** The repository root. */
    public static Path root() {
        String env = System.getenv("VIGILANCE_ROOT");
        return Path.of(env == null || env.isBlank() ? "." : env).toAbsolutePath().normalize();
    }

    /** The directory of generated chain files. */
    public static Path dataDir() {
        return root().resolve("vigilance-bench/target/data");
    }

    /** The generated chain of that many nodes (default seed), generating it if it is missing. */
    public static Path chain(int nodes) {
        Path file = dataDir().resolve("chain-" + nodes + ".json");
        if (!Files.isRegularFile(file)) {
            ChainGenerator.writeFile(nodes, ChainGenerator.DEFAULT_SEED, file);
        }
        return file;
    }

    /** A file of the repository, which must exist. */
    public static Path existing(String relative) {
        Path file = root().resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing; build it first (see vigilance-bench/run-benchmarks)");
        }
        return file;
    }
}
