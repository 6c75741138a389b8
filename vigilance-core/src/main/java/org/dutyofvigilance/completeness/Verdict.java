package org.dutyofvigilance.completeness;

/** The overall answer of a completeness check, in {@link CompletenessReport#verdict()}. */
public enum Verdict {
    /** Every applicable fact is disclosed and current. */
    COMPLETE,
    /** At least one applicable fact is missing, partly disclosed or stale. */
    INCOMPLETE,
    /** The structural check reported errors: the chain cannot be judged as it is. */
    INVALID_INPUT
}
