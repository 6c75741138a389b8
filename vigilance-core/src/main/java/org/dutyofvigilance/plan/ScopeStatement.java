package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of the scope test for one regime: whether the company is in scope, and why.
 *
 * <p>Produced from the rulebook's scope result (package {@code scope}) and passed in with
 * {@link PlanSources#withScope}; the plan shows a Scope section only when statements exist.
 *
 * @param regime  the regime's id or name
 * @param verdict in scope, out of scope, or undetermined (missing facts)
 * @param reasons why, as values (thresholds met, facts missing)
 */
public record ScopeStatement(String regime, Verdict verdict, List<PlanValue> reasons) {
    public ScopeStatement {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
    }

    /** The outcome of a scope test. */
    public enum Verdict {
        /** The regime applies. */
        IN_SCOPE,
        /** The regime does not apply. */
        OUT_OF_SCOPE,
        /** The facts disclosed do not allow a conclusion. */
        UNDETERMINED
    }
}
