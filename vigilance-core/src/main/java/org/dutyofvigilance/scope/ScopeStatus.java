package org.dutyofvigilance.scope;

/** Whether a regime applies to the reporting company. Part of every {@link RegimeScope}. */
public enum ScopeStatus {
    /** The disclosed figures meet the regime's thresholds. */
    APPLIES,
    /** The disclosed figures show the thresholds are not met. */
    DOES_NOT_APPLY,
    /** A figure needed to decide is not disclosed (or cannot be converted); the reasons say which. */
    CANNOT_DETERMINE
}
