package org.dutyofvigilance.rules;

/**
 * How much an undisclosed fact weighs for an obligation. Set per obligation in the rule file
 * ({@code "severity": "high"}) and copied onto every disclosure finding.
 */
public enum Severity {
    /** A core duty of the regime: its absence is what a judge or a regulator would look at first. */
    HIGH,
    /** A duty whose facts a reviewer expects to see. */
    MEDIUM,
    /** Good practice, soft law, or a duty whose wording is uncertain. */
    LOW
}
