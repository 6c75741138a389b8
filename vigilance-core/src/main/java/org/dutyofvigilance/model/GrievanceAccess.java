package org.dutyofvigilance.model;

/** Who can use a grievance mechanism (CSDDD Art 14 lists affected persons, trade unions and civil society). */
public enum GrievanceAccess {
    /** Workers in the chain who may be affected. */
    AFFECTED_WORKERS,
    /** Trade unions and worker representatives. */
    WORKER_REPRESENTATIVES,
    /** Civil-society organisations. */
    CIVIL_SOCIETY,
    /** Anyone, for notifications. */
    ANYONE,
    /** Only the operator's own employees. */
    OWN_EMPLOYEES_ONLY
}
