package org.dutyofvigilance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of one regime, as read from one rule file: e.g. the CSDDD as amended by (EU) 2026/470.
 * Obtained from {@link Rulebook#ruleSets()}; every finding names the rule set id and version it came from.
 *
 * @param id             stable id, e.g. {@code csddd-2026-470}
 * @param regime         the regime
 * @param title          title
 * @param version        version label, e.g. {@code "(EU) 2024/1760 as amended by (EU) 2026/470"}
 * @param date           date of the act (or of the version)
 * @param status         legal standing of the version
 * @param supersededBy   id of the rule set that replaces it, if any
 * @param valueChainCap  whether requests made for this rule set fall under the CSRD value-chain cap
 * @param sources        sources the rules rest on
 * @param parameters     the parameters of the rule set, by name, with the values in use
 * @param obligations    the obligations, in file order
 * @param file           the file it was read from
 */
public record RuleSet(String id, Regime regime, Text title, String version, LocalDate date, LegalStatus status,
        Optional<String> supersededBy, boolean valueChainCap, List<Source> sources, Map<String, Parameter> parameters,
        List<Obligation> obligations, String file) {
    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(supersededBy, "supersededBy");
        sources = List.copyOf(sources);
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
        obligations = List.copyOf(obligations);
        Objects.requireNonNull(file, "file");
    }

    /** The parameter with this name, if the rule set declares it. */
    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
