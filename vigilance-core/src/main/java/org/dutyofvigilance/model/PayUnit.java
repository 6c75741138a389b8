package org.dutyofvigilance.model;

/** The unit in which workers are paid. */
public enum PayUnit {
    /** Per hour. */
    HOUR,
    /** Per working day. */
    DAY,
    /** Per month. */
    MONTH,
    /** Per year. */
    YEAR,
    /** Per task (piece rate); needs the task time to give an hourly equivalent. */
    TASK
}
