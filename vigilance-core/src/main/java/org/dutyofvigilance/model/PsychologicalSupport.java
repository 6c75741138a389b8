package org.dutyofvigilance.model;

/** Psychological support available to workers exposed to harmful content. */
public enum PsychologicalSupport {
    /** No support. */
    NONE,
    /** Available on request, outside working time or subject to targets. */
    ON_REQUEST,
    /** Clinicians available during working time. */
    ON_SHIFT,
    /** Mandatory counselling and regular psychological assessment. */
    MANDATORY
}
