package org.dutyofvigilance.model;

/** Whether workers can organise. */
public enum FreedomOfAssociation {
    /** A union or workers' representation is recognised. */
    RECOGNISED,
    /** No representation is recognised. */
    NOT_RECOGNISED,
    /** Retaliation against organising has been reported. */
    RETALIATION_REPORTED
}
