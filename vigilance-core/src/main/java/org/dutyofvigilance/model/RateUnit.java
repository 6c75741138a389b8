package org.dutyofvigilance.model;

/** The unit of a contracted rate. */
public enum RateUnit {
    /** Per hour of one worker's time. */
    WORKER_HOUR,
    /** Per task or item. */
    TASK,
    /** Per month. */
    MONTH,
    /** For the whole contract. */
    LUMP_SUM
}
