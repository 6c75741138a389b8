/**
 * Disclosure completeness: every applicable obligation tested against every node of the chain it applies
 * to, with one overall verdict, coverage percentages, and the data requests to send to each supplier.
 *
 * <p>Start with {@link org.dutyofvigilance.completeness.Completeness#check}; turn the report into
 * supplier questionnaires with {@link org.dutyofvigilance.completeness.DataRequests#from}; export with
 * {@link org.dutyofvigilance.completeness.CompletenessJson}. The shapes of the exports are in {@code docs/rules.md}.
 */
package org.dutyofvigilance.completeness;
