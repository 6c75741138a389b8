package org.dutyofvigilance.rules;

/**
 * A three-valued answer: whether a condition holds for a node, given that facts may be undisclosed.
 * Used by {@link Obligation#applicability} so that "not disclosed" is never read as "no".
 */
public enum Truth {
    /** The disclosed facts show it holds. */
    TRUE,
    /** The disclosed facts show it does not hold. */
    FALSE,
    /** The facts needed to decide are not disclosed. */
    UNKNOWN;

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }

    Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
