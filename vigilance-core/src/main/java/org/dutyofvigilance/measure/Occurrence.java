package org.dutyofvigilance.measure;

/**
 * Whether an adverse impact has happened (an incident shows it) or may happen (CSDDD Arts 10 and 11). Each
 * {@link Risk} carries one; actual impacts get the highest likelihood in the ranking.
 */
public enum Occurrence {
    /** An incident in the chain shows the impact: it must be brought to an end (Art 11). */
    ACTUAL,
    /** The indicators point to the impact: it must be prevented or mitigated (Art 10). */
    POTENTIAL
}
