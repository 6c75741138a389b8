/**
 * Indicators and the risk map: normalises pay and money along the chain, computes the indicators a vigilance
 * plan needs (pay ratio, pass-through, living- and minimum-wage gaps, equal pay, psychosocial exposure,
 * opacity, Fairwork and Partnership on AI assessments, environmental totals) and ranks adverse impacts by
 * severity and likelihood (CSDDD Art 9).
 *
 * <p>Start with {@link org.dutyofvigilance.measure.Measures#measure}. Every indicator carries its inputs,
 * formula and sources; unknown facts give unknown values with a reason, never zero. Reference wages and
 * scoring rules are JSON resources ({@code reference-wages.json}, {@code risk-rules.json}) that callers can
 * extend or replace. Formulas and defaults are documented in {@code docs/indicators.md}.
 */
package org.dutyofvigilance.measure;
