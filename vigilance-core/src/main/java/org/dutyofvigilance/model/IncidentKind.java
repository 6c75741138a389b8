package org.dutyofvigilance.model;

/** The kind of an incident in the chain. */
public enum IncidentKind {
    /** A lawsuit or legal petition. */
    LAWSUIT,
    /** Medical diagnoses of work-related harm (e.g. PTSD). */
    DIAGNOSIS,
    /** A dismissal, including for organising. */
    DISMISSAL,
    /** An expulsion from a country. */
    EXPULSION,
    /** Pay withheld, reduced or cancelled. */
    PAY_WITHHELD,
    /** Pay delayed. */
    PAY_DELAYED,
    /** A platform leaving a country or cutting off workers abruptly. */
    ABRUPT_EXIT,
    /** A settlement paid to workers. */
    SETTLEMENT,
    /** Work done by children. */
    CHILD_LABOUR,
    /** Any other incident. */
    OTHER
}
