package org.dutyofvigilance.plan;

/**
 * Which edition of the vigilance plan is produced: the public one leaves out every field a record lists
 * as confidential and every named individual; the internal one shows everything.
 *
 * <p>Chosen once, in {@link PlanOptions}, when the plan is assembled: the content of a public plan never
 * holds a confidential value, so no renderer can leak one.
 */
public enum Edition {
    /** The edition for publication: confidential fields are withheld, named individuals never appear. */
    PUBLIC,
    /** The edition for the company's own reviewers: every disclosed fact appears. */
    INTERNAL
}
