package org.dutyofvigilance.model;

/** Where a fact comes from. */
public enum SourceKind {
    /** Declared by the partner itself. */
    SELF_DECLARED,
    /** Read from a contract. */
    CONTRACT,
    /** Found by an audit. */
    AUDIT,
    /** Reported by workers in interviews. */
    WORKER_INTERVIEW,
    /** Reported by journalists or researchers. */
    PUBLIC_INVESTIGATION,
    /** Found in court records. */
    COURT_RECORD
}
