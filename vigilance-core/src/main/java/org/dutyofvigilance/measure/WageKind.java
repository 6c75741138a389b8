package org.dutyofvigilance.measure;

/** Whether a reference wage is a statutory minimum wage or a living wage (or a proxy for one). */
public enum WageKind {
    /** A statutory minimum wage. */
    MINIMUM,
    /** A living wage benchmark (Anker, WageIndicator, or a proxy). */
    LIVING
}
