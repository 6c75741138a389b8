package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;

/**
 * Statistics of a grievance mechanism over the reporting period.
 *
 * @param received           complaints and notifications received
 * @param founded            those found to be founded
 * @param resolved           those resolved
 * @param medianResponseDays median days to a first response
 */
public record GrievanceStatistics(
        Optional<@PositiveOrZero Integer> received,
        Optional<@PositiveOrZero Integer> founded,
        Optional<@PositiveOrZero Integer> resolved,
        Optional<@PositiveOrZero Integer> medianResponseDays) {
    public GrievanceStatistics {
        received = Values.fact(received);
        founded = Values.fact(founded);
        resolved = Values.fact(resolved);
        medianResponseDays = Values.fact(medianResponseDays);
    }
}
