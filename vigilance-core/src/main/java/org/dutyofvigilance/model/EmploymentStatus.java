package org.dutyofvigilance.model;

/** The employment status of a workforce segment. */
public enum EmploymentStatus {
    /** Employed under an employment contract. */
    EMPLOYEE,
    /** Self-employed contractor or freelancer. */
    CONTRACTOR,
    /** Working through a platform without an employment contract. */
    PLATFORM_WORKER,
    /** Working informally, without any contract (e.g. re-dispatched by an intermediary). */
    INFORMAL
}
