package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The last evaluation of a business partner.
 *
 * @param date     when it was done
 * @param method   how
 * @param inDepth  whether it was an in-depth assessment (CSDDD Art 8(2)(b))
 * @param result   the outcome, in a few words
 * @param assessor who did it (internal team, audit firm, rating body)
 */
public record PartnerAssessment(
        Optional<LocalDate> date,
        Optional<AssessmentMethod> method,
        Optional<Boolean> inDepth,
        Optional<String> result,
        Optional<String> assessor) {
    public PartnerAssessment {
        date = Values.fact(date);
        method = Values.fact(method);
        inDepth = Values.fact(inDepth);
        result = Values.fact(result);
        assessor = Values.fact(assessor);
    }
}
