package org.dutyofvigilance.model;

/** The status of an action. */
public enum ActionStatus {
    /** Planned. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Completed. */
    DONE,
    /** Cancelled. */
    CANCELLED
}
