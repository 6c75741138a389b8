package org.dutyofvigilance.model;

/** What a non-disclosure agreement forbids workers to talk about. */
public enum NdaScope {
    /** No NDA. */
    NONE,
    /** The content of the work only. */
    WORK_CONTENT,
    /** Pay and working conditions, which isolates workers and hides underpayment. */
    PAY_AND_CONDITIONS,
    /** Anything about the work, with colleagues and family included. */
    EVERYTHING
}
