package org.dutyofvigilance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file into a Markdown table of ratios: each benchmark method against the
 * {@code baseline} of the same class and parameters, and, for benchmarks with a {@code nodes} parameter, how
 * the time grows with ten times the nodes. Besides the ratio of JMH's means it gives the ratio of the
 * medians and of the minimums of the iterations, which resist interference from other work on a shared
 * machine (interference only ever adds time). {@code Ratios <results.json>}.
 */
public final class Ratios {
    private Ratios() {
    }

    private record Score(double value, double error, String unit, double median, double min) {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        // class -> params -> method -> score
        Map<String, Map<String, Map<String, Score>>> byClass = new TreeMap<>();
        for (JsonNode r : results) {
            String full = r.get("benchmark").asText();
            int dot = full.lastIndexOf('.');
            String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
            String method = full.substring(dot + 1);
            String params = "";
            if (r.has("params")) {
                List<String> ps = new ArrayList<>();
                r.get("params").fields().forEachRemaining(e -> ps.add(e.getKey() + "=" + e.getValue().asText()));
                params = String.join(",", ps);
            }
            JsonNode m = r.get("primaryMetric");
            double err = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
            List<Double> raw = new ArrayList<>();
            m.path("rawData").forEach(fork -> fork.forEach(v -> raw.add(v.asDouble())));
            raw.sort(null);
            double median = raw.isEmpty() ? Double.NaN : raw.size() % 2 == 1 ? raw.get(raw.size() / 2)
                    : (raw.get(raw.size() / 2 - 1) + raw.get(raw.size() / 2)) / 2;
            double min = raw.isEmpty() ? Double.NaN : raw.get(0);
            byClass.computeIfAbsent(cls, k -> new LinkedHashMap<>()).computeIfAbsent(params, k -> new TreeMap<>())
                    .put(method, new Score(m.get("score").asDouble(), err, m.get("scoreUnit").asText(), median, min));
        }
        System.out.println("| benchmark | params | vigilance side (mean ± 99.9 %) | baseline (mean ± 99.9 %) | ratio of means"
                + " | ratio of medians | ratio of minimums |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        List<String> others = new ArrayList<>();
        for (var c : byClass.entrySet()) {
            for (var p : c.getValue().entrySet()) {
                Score b = p.getValue().get("baseline");
                String params = p.getKey().isEmpty() ? "-" : p.getKey();
                if (b == null) {
                    p.getValue().forEach((method, score) -> others.add(
                            String.format("| %s.%s | %s | %s |", c.getKey(), method, params, format(score))));
                    continue;
                }
                for (var m : p.getValue().entrySet()) {
                    if (m.getKey().equals("baseline")) {
                        continue;
                    }
                    Score v = m.getValue();
                    String name = m.getKey().equals("vigilance") ? c.getKey() : c.getKey() + "." + m.getKey();
                    System.out.printf("| %s | %s | %s | %s | %.2f× | %.2f× | %.2f× |%n", name, params, format(v), format(b),
                            v.value() / b.value(), v.median() / b.median(), v.min() / b.min());
                }
            }
        }
        if (!others.isEmpty()) {
            System.out.printf("%n| other benchmark (no baseline) | params | score |%n|---|---|---:|%n");
            others.forEach(System.out::println);
        }
        for (var c : byClass.entrySet()) {
            TreeMap<Integer, Map<String, Score>> bySize = new TreeMap<>();
            c.getValue().forEach((params, scores) -> {
                for (String kv : params.split(",")) {
                    if (kv.startsWith("nodes=")) {
                        bySize.put(Integer.parseInt(kv.substring(6)), scores);
                    }
                }
            });
            if (bySize.size() < 2) {
                continue;
            }
            for (String method : bySize.firstEntry().getValue().keySet()) {
                if (method.equals("baseline")) {
                    continue;
                }
                System.out.printf("%n| %s.%s scaling (ratio of means; of medians) | vigilance side | baseline |%n|---|---:|---:|%n",
                        c.getKey(), method);
                Integer prev = null;
                for (Integer n : bySize.keySet()) {
                    if (prev != null) {
                        System.out.printf("| %,d → %,d nodes (×%d) | %s | %s |%n", prev, n, n / prev,
                                growth(bySize.get(prev).get(method), bySize.get(n).get(method)),
                                growth(bySize.get(prev).get("baseline"), bySize.get(n).get("baseline")));
                    }
                    prev = n;
                }
            }
        }
    }

    private static String format(Score s) {
        if (s == null) {
            return "n/a";
        }
        return Double.isNaN(s.error()) ? String.format("%.1f %s", s.value(), s.unit())
                : String.format("%.1f ± %.1f %s", s.value(), s.error(), s.unit());
    }

    private static String growth(Score a, Score b) {
        return a == null || b == null ? "n/a" : String.format("%.1f×; %.1f×", b.value() / a.value(), b.median() / a.median());
    }
}
