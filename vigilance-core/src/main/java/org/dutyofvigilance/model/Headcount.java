package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * How many people a workforce segment counts: what the partner declares and, where known, an independent
 * estimate. A gap between the two is itself a sign of opacity.
 *
 * @param declared  the number the partner declares
 * @param estimated an estimate from another source (investigation, audit, interviews)
 */
public record Headcount(Optional<@PositiveOrZero Integer> declared, Optional<@PositiveOrZero Integer> estimated) {
    public Headcount {
        declared = Values.fact(declared);
        estimated = Values.fact(estimated);
    }

    /** The best available figure: the estimate when there is one, else the declared number. */
    public Optional<Integer> best() {
        return estimated.isPresent() ? estimated : declared;
    }
}
