package org.dutyofvigilance.measure;

/**
 * Whether a reference wage is a statutory minimum wage or a living wage (or a proxy for one). The living-wage
 * and minimum-wage gap indicators each pick the benchmark of their kind with {@link ReferenceWages#choose}.
 */
public enum WageKind {
    /** A statutory minimum wage. */
    MINIMUM,
    /** A living wage benchmark (Anker, WageIndicator, or a proxy). */
    LIVING
}
