package org.dutyofvigilance.model;

/** The kind of a due-diligence action (CSDDD Arts 10-12; French measure 3). */
public enum ActionKind {
    /** Prevention action plan. */
    PREVENTION,
    /** Mitigation of a potential impact. */
    MITIGATION,
    /** Bringing an actual impact to an end. */
    CORRECTIVE,
    /** Remediation of an actual impact. */
    REMEDIATION,
    /** Contractual assurance from a partner, cascaded down the chain. */
    CONTRACTUAL_ASSURANCE,
    /** Audit or verification of a partner. */
    VERIFICATION,
    /** Targeted support to an SME partner. */
    SUPPORT,
    /** Temporary suspension of the relationship. */
    SUSPENSION,
    /** Termination of the relationship. */
    TERMINATION,
    /** Training. */
    TRAINING,
    /** Any other action. */
    OTHER
}
