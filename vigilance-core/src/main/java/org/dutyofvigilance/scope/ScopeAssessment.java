package org.dutyofvigilance.scope;

import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.rules.Regime;

/**
 * Which regimes apply to a reporting company, from when and why: the result of {@link Scope#assess}. Read
 * {@link #current(Regime)} for the law in force, or {@link #regimes()} for every timeline (the CSDDD as
 * adopted, under the 2025/794 stop-the-clock dates, and as amended by 2026/470).
 *
 * @param regimes one entry per regime and timeline, in a stable order
 */
public record ScopeAssessment(List<RegimeScope> regimes) {
    public ScopeAssessment {
        regimes = List.copyOf(regimes);
    }

    /** The entry for the law in force of a regime, if the regime was assessed. */
    public Optional<RegimeScope> current(Regime regime) {
        return regimes.stream().filter(r -> r.regime() == regime && r.current()).findFirst();
    }

    /** The entry of a timeline, by id (e.g. {@code csddd-2025-794}). */
    public Optional<RegimeScope> timeline(String id) {
        return regimes.stream().filter(r -> r.timeline().equals(id)).findFirst();
    }

    /** The status of the law in force of a regime; {@link ScopeStatus#CANNOT_DETERMINE} when not assessed. */
    public ScopeStatus status(Regime regime) {
        return current(regime).map(RegimeScope::status).orElse(ScopeStatus.CANNOT_DETERMINE);
    }
}
