package org.dutyofvigilance.scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.rules.Regime;

/**
 * The scope answer for one regime under one timeline, e.g. the CSDDD under the dates of the 2025/794
 * stop-the-clock directive. Found in {@link ScopeAssessment#regimes()}; the {@code current} entry of a
 * regime is the one that reflects the law in force today.
 *
 * @param regime    the regime
 * @param timeline  stable id of the timeline, e.g. {@code csddd-2026-470}
 * @param ruleSetId id of the shipped rule set whose obligations follow from it
 * @param status    whether it applies
 * @param from      from when it applies, when it applies and the date is known
 * @param current   whether this timeline is the law in force (the others are kept for comparison)
 * @param reasons   why, in order
 */
public record RegimeScope(Regime regime, String timeline, String ruleSetId, ScopeStatus status,
        Optional<LocalDate> from, boolean current, List<Explanation> reasons) {
    public RegimeScope {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        reasons = List.copyOf(reasons);
    }
}
