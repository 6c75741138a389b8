package org.dutyofvigilance.bench;

import java.nio.file.Path;

/**
 * Command line: {@code GenerateChain <nodes> <out.json> [seed]} writes a synthetic chain of that many nodes
 * (see {@link ChainGenerator}) to a file, streaming the JSON. Used by {@code vigilance-bench/run-benchmarks}
 * to prepare the data files.
 */
public final class GenerateChain {
    private GenerateChain() {
    }

    /** Entry point; exits with status 2 on bad arguments. */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateChain <nodes> <out.json> [seed]");
            System.exit(2);
        }
        int nodes = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path out = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : ChainGenerator.DEFAULT_SEED;
        long start = System.nanoTime();
        long bytes = ChainGenerator.writeFile(nodes, seed, out);
        System.out.printf("%s: %,d nodes, %,d bytes, %.1f s%n", out, nodes, bytes, (System.nanoTime() - start) / 1e9);
    }
}
