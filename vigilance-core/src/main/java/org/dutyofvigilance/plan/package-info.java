/**
 * The vigilance plan as data: {@link org.dutyofvigilance.plan.PlanAssembler} turns a chain of activities,
 * its graph, the findings and the input file (plus, when available, scope, obligation findings, indicators,
 * the risk map and the wage ladder, see {@link org.dutyofvigilance.plan.PlanSources}) into a language-neutral
 * {@link org.dutyofvigilance.plan.VigilancePlan} that renderers draw without deciding anything.
 *
 * <p>Numbers stay numbers and dates stay dates ({@link org.dutyofvigilance.plan.PlanValue}); an unknown fact
 * is {@code NotDisclosed}, a confidential one in the public edition {@code Withheld}. A section exists only
 * when it has content.
 */
package org.dutyofvigilance.plan;
