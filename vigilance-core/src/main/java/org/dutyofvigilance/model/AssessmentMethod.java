package org.dutyofvigilance.model;

/** How a partner was evaluated (French measure 2; CSDDD Art 8). */
public enum AssessmentMethod {
    /** Questionnaire filled by the partner. */
    SELF_ASSESSMENT,
    /** Review of documents and public sources. */
    DESK_REVIEW,
    /** On-site audit. */
    AUDIT,
    /** Interviews with workers. */
    WORKER_INTERVIEWS,
    /** Third-party rating or certification (e.g. Fairwork). */
    CERTIFICATION
}
