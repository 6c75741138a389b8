package org.dutyofvigilance.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Working conditions of a workforce segment: the facts behind the psychosocial-risk and working-time
 * indicators.
 *
 * @param hoursPerWeek              contractual or observed weekly working hours
 * @param harmfulContentHoursPerDay hours a day spent on harmful content (violence, abuse); 0 means none
 * @param psychologicalSupport      support available to workers
 * @param secondsPerItem            time allowed to decide on one item (e.g. 50 seconds a video); 0 means no per-item time target
 * @param screenSurveillance        whether screen time is constantly monitored
 * @param nda                       what non-disclosure agreements forbid workers to talk about
 * @param freedomOfAssociation      whether workers can organise
 * @param youngestWorkerAge         age of the youngest worker observed or allowed
 * @param workplace                 where the work is done (office, click farm, home, cybercafé)
 * @param careerPath                whether the work offers any progression
 */
public record WorkingConditions(
        Optional<@DecimalMin("0") @DecimalMax("168") BigDecimal> hoursPerWeek,
        Optional<@DecimalMin("0") @DecimalMax("24") BigDecimal> harmfulContentHoursPerDay,
        Optional<PsychologicalSupport> psychologicalSupport,
        Optional<@PositiveOrZero Integer> secondsPerItem,
        Optional<Boolean> screenSurveillance,
        Optional<NdaScope> nda,
        Optional<FreedomOfAssociation> freedomOfAssociation,
        Optional<@Min(0) @Max(120) Integer> youngestWorkerAge,
        Optional<String> workplace,
        Optional<Boolean> careerPath) {
    public WorkingConditions {
        hoursPerWeek = Values.fact(hoursPerWeek);
        harmfulContentHoursPerDay = Values.fact(harmfulContentHoursPerDay);
        psychologicalSupport = Values.fact(psychologicalSupport);
        secondsPerItem = Values.fact(secondsPerItem);
        screenSurveillance = Values.fact(screenSurveillance);
        nda = Values.fact(nda);
        freedomOfAssociation = Values.fact(freedomOfAssociation);
        youngestWorkerAge = Values.fact(youngestWorkerAge);
        workplace = Values.fact(workplace);
        careerPath = Values.fact(careerPath);
    }

    /** Conditions of which nothing is disclosed. */
    public static WorkingConditions undisclosed() {
        return new WorkingConditions(null, null, null, null, null, null, null, null, null, null);
    }
}
