package org.dutyofvigilance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The obligations the library checks, as rule sets read from JSON rule files (one per regime version).
 * {@link #shipped()} gives the rule files shipped with the library; {@link #builder()} combines them with
 * rule files of your own, drops some, or overrides parameters:
 *
 * <pre>{@code
 * Rulebook rules = Rulebook.builder()
 *         .shipped()
 *         .file(Path.of("my-company-rules.json"))
 *         .parameter("csddd-2026-470", "monitoringIntervalMonths", new BigDecimal("60"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and safe to share between threads; load it once.
 */
public final class Rulebook {
    /** The folder of the shipped rule files on the class path. */
    static final String RESOURCE_DIR = "/org/dutyofvigilance/rules/";
    /** The list of shipped rule files, one file name per line. */
    static final String INDEX = RESOURCE_DIR + "index.txt";

    private final List<RuleSet> ruleSets;
    private final Map<String, RuleSet> byId;
    private final Map<String, Obligation> obligations;

    private Rulebook(List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        Map<String, Obligation> obs = new LinkedHashMap<>();
        for (RuleSet rs : ruleSets) {
            sets.put(rs.id(), rs);
            for (Obligation o : rs.obligations()) {
                obs.put(o.id(), o);
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(sets);
        this.obligations = java.util.Collections.unmodifiableMap(obs);
    }

    /** The rule sets shipped with the library, loaded once. */
    public static Rulebook shipped() {
        return Shipped.INSTANCE;
    }

    /** A builder that starts empty: add {@link Builder#shipped()} and/or your own files. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule sets, shipped ones first in index order, then the user's in the order added. */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /** The rule set with this id. */
    public Optional<RuleSet> ruleSet(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every obligation of every rule set, in rule-set then file order. */
    public List<Obligation> obligations() {
        return List.copyOf(obligations.values());
    }

    /** The obligation with this id. */
    public Optional<Obligation> obligation(String id) {
        return Optional.ofNullable(obligations.get(id));
    }

    private static final class Shipped {
        static final Rulebook INSTANCE = builder().shipped().build();
    }

    static List<String> shippedFileNames() {
        String index = readResource(INDEX);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    static String readResource(String name) {
        try (InputStream in = Rulebook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Collects rule files and parameter overrides, then reads and checks them all in {@link #build()}. Not
     * thread-safe; the rulebook it builds is.
     */
    public static final class Builder {
        private record Input(String name, String json, boolean shipped) {
        }

        private final List<Input> inputs = new ArrayList<>();
        private final Set<String> excluded = new HashSet<>();
        private final Map<String, Map<String, BigDecimal>> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds every rule file shipped with the library. */
        public Builder shipped() {
            for (String name : shippedFileNames()) {
                inputs.add(new Input(name, readResource(RESOURCE_DIR + name), true));
            }
            return this;
        }

        /** Leaves out the shipped rule sets with these ids (e.g. to replace one by your own version of it). */
        public Builder without(String... ruleSetIds) {
            excluded.addAll(List.of(ruleSetIds));
            return this;
        }

        /** Adds a rule file from disk; its path is used in error messages. */
        public Builder file(Path path) {
            Objects.requireNonNull(path, "path");
            try {
                inputs.add(new Input(path.toString(), Files.readString(path, StandardCharsets.UTF_8), false));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + path, e);
            }
            return this;
        }

        /** Adds a rule file held in memory, under a name used in error messages. */
        public Builder json(String name, String json) {
            inputs.add(new Input(Objects.requireNonNull(name, "name"), Objects.requireNonNull(json, "json"), false));
            return this;
        }

        /** Overrides a parameter of a rule set (checked at build: the rule set must declare it). */
        public Builder parameter(String ruleSetId, String name, BigDecimal value) {
            overrides.computeIfAbsent(ruleSetId, k -> new LinkedHashMap<>()).put(name, Objects.requireNonNull(value));
            return this;
        }

        /**
         * Reads and checks every rule file.
         *
         * @throws RuleFileException on the first file that is not valid, naming it and the obligation
         */
        public Rulebook build() {
            List<RuleSet> sets = new ArrayList<>();
            Map<String, String> setFiles = new HashMap<>();
            Map<String, String> obligationFiles = new HashMap<>();
            Set<String> used = new HashSet<>();
            for (Input input : inputs) {
                RuleSet probe = RuleFileParser.parse(input.name(), input.json(), Map.of());
                if (input.shipped() && excluded.contains(probe.id())) {
                    continue;
                }
                Map<String, BigDecimal> params = overrides.getOrDefault(probe.id(), Map.of());
                RuleSet rs = params.isEmpty() ? probe : RuleFileParser.parse(input.name(), input.json(), params);
                used.add(rs.id());
                String earlier = setFiles.putIfAbsent(rs.id(), input.name());
                if (earlier != null) {
                    throw new RuleFileException(input.name(), "duplicate rule set id '" + rs.id()
                            + "', already defined in " + earlier + " (use without(\"" + rs.id()
                            + "\") to replace it)");
                }
                for (Obligation o : rs.obligations()) {
                    String other = obligationFiles.putIfAbsent(o.id(), input.name());
                    if (other != null) {
                        throw new RuleFileException(input.name(), "rule set " + rs.id() + ", obligation " + o.id()
                                + ": duplicate obligation id, already defined in " + other);
                    }
                }
                sets.add(rs);
            }
            for (String id : overrides.keySet()) {
                if (!used.contains(id)) {
                    throw new IllegalArgumentException("parameter override for unknown rule set '" + id + "'");
                }
            }
            for (RuleSet rs : sets) {
                if (rs.supersededBy().isPresent() && !setFiles.containsKey(rs.supersededBy().get())
                        && !excluded.contains(rs.supersededBy().get())) {
                    throw new RuleFileException(rs.file(), "rule set " + rs.id() + ": supersededBy '"
                            + rs.supersededBy().get() + "' is not a loaded rule set");
                }
            }
            return new Rulebook(sets);
        }
    }
}
