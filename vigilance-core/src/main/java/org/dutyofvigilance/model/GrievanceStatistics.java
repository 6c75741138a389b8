package org.dutyofvigilance.model;

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
        Optional<Integer> received,
        Optional<Integer> founded,
        Optional<Integer> resolved,
        Optional<Integer> medianResponseDays) {
    public GrievanceStatistics {
        received = Values.fact(received);
        founded = Values.fact(founded);
        resolved = Values.fact(resolved);
        medianResponseDays = Values.fact(medianResponseDays);
    }
}
