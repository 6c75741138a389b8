/**
 * Scope: which regimes apply to the reporting company, from which date, and why.
 *
 * <p>{@link org.dutyofvigilance.scope.Scope#assess(org.dutyofvigilance.model.ChainOfActivities)} tests the
 * thresholds of each regime over the company's financial years and returns a
 * {@link org.dutyofvigilance.scope.ScopeAssessment} with one explained answer per regime and timeline.
 * Missing figures give {@link org.dutyofvigilance.scope.ScopeStatus#CANNOT_DETERMINE} with the reason, never
 * a guess.
 */
package org.dutyofvigilance.scope;
