package org.dutyofvigilance.model;

/** The stage at which stakeholders were consulted (CSDDD Art 13(3)). */
public enum ConsultationStage {
    /** Gathering information on impacts. */
    INFORMATION_GATHERING,
    /** Designing prevention or corrective action plans. */
    PLAN_DESIGN,
    /** Deciding to suspend or terminate a relationship. */
    SUSPENSION_DECISION,
    /** Deciding remediation. */
    REMEDIATION,
    /** Setting monitoring indicators. */
    INDICATORS,
    /** Drawing up the vigilance plan (French law). */
    PLAN_DRAFTING,
    /** Setting up the alert mechanism with representative unions (French measure 4). */
    ALERT_MECHANISM
}
