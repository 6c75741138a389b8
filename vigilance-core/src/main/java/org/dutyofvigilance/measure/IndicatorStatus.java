package org.dutyofvigilance.measure;

/**
 * What an indicator says about its subject. Fairwork and PAI assessments use the evidence-gated three
 * values {@link #MET}, {@link #NOT_EVIDENCED} and {@link #NOT_ASSESSED}; the other indicators use the rest.
 * The risk map reads the status through the rules in {@code risk-rules.json}.
 */
public enum IndicatorStatus {
    /** A threshold is crossed or a red flag is raised (e.g. pay below the living wage, 8 h/day of harmful content). */
    ADVERSE,
    /** The threshold is respected. */
    SATISFACTORY,
    /** The facts needed are not disclosed; the indicator's value says which. */
    UNKNOWN,
    /** A figure without a threshold (a total, a pass-through share when no floor is set). */
    INFORMATIVE,
    /** A Fairwork or PAI point for which there is verifiable evidence. */
    MET,
    /** A Fairwork or PAI point that was assessed but is not supported by the evidence (not the same as "confirmed bad"). */
    NOT_EVIDENCED,
    /** A Fairwork or PAI point that could not be assessed because the facts are missing. */
    NOT_ASSESSED
}
