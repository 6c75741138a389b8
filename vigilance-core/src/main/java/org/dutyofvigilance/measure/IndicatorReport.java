package org.dutyofvigilance.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of measuring a chain: every indicator with its derivation, the ranked risk map, and the limits
 * met on the way (e.g. paths not enumerated). Immutable and safe to share; produced by
 * {@link Measures#measure}, read by the plan, exported with {@link #toJson()}.
 *
 * <p>A measured report keeps its indicators in a compact form (value and status) and builds each
 * {@link Indicator} (statement, formula, inputs, sources) when it is read, so a chain of a million nodes does not
 * hold millions of sentences; reading the same indicator twice gives equal records. Its risks are kept and built
 * the same way (scores and the rows they cite; each {@link Risk} with its ids when read).
 *
 * @param reportingEntity id of the reporting company's entity
 * @param reportingYear   the year of the reporting period
 * @param reportCurrency  the currency amounts are converted into
 * @param rulesVersion    version of the risk rules used
 * @param parameters      the parameters used, as inputs, so the derivation can be reproduced
 * @param indicators      every indicator, sorted by id
 * @param risks           the risk map, sorted by rank
 * @param limits          what was not measured because of a cap, in words; empty when nothing was cut
 */
public record IndicatorReport(
        String reportingEntity,
        int reportingYear,
        String reportCurrency,
        String rulesVersion,
        List<Input> parameters,
        List<Indicator> indicators,
        List<Risk> risks,
        List<String> limits) {
    public IndicatorReport {
        Objects.requireNonNull(reportingEntity, "reportingEntity");
        Objects.requireNonNull(reportCurrency, "reportCurrency");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        parameters = List.copyOf(parameters);
        indicators = indicators instanceof LazyIndicators ? indicators : List.copyOf(indicators);
        risks = risks instanceof LazyRisks ? risks : List.copyOf(risks);
        limits = List.copyOf(limits);
    }

    /** The indicator with this id. Linear scan; use {@link #indicatorsById()} for many look-ups. */
    public Optional<Indicator> indicator(String id) {
        if (indicators instanceof LazyIndicators lazy) {
            return lazy.byId(id);
        }
        for (Indicator i : indicators) {
            if (i.id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Every indicator by id. */
    public Map<String, Indicator> indicatorsById() {
        return indicators.stream().collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity()));
    }

    /** The indicators of one code (e.g. {@code PASS-THROUGH}), sorted by id. */
    public List<Indicator> indicators(String code) {
        if (indicators instanceof LazyIndicators lazy) {
            return lazy.ofCode(code);
        }
        List<Indicator> list = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.code().equals(code)) {
                list.add(i);
            }
        }
        return List.copyOf(list);
    }

    /** The risk with this id, e.g. {@code RISK:kazi-data:OCCUPATIONAL_HEALTH_SAFETY}. */
    public Optional<Risk> risk(String id) {
        if (risks instanceof LazyRisks lazy) {
            return lazy.byId(id);
        }
        return risks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The report as deterministic JSON (same chain and parameters, same bytes; {@code \n} line ends). */
    public String toJson() {
        return ReportJson.write(this);
    }

    /** Streams the same JSON as {@link #toJson()} in UTF-8, for large reports; the stream is not closed. */
    public void writeJson(java.io.OutputStream out) {
        ReportJson.write(this, Objects.requireNonNull(out, "out"));
    }
}
