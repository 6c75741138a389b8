package org.dutyofvigilance.check;

/** How serious a finding is. */
public enum Severity {
    /** The input cannot be used as it is: the verdict is "invalid input". */
    ERROR,
    /** A problem a reviewer must look at. */
    WARNING,
    /** For information. */
    INFO
}
