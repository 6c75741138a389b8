package org.dutyofvigilance.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a platform, vendor or intermediary treats the workers it dispatches work to: the facts behind the
 * Fairwork Cloudwork thresholds and the Platform Work Directive.
 *
 * @param paysOnTimeForAllWork      workers are paid on time and for all completed work (Fairwork 1.1)
 * @param chargesWorkerFees         workers pay fees to the platform (pay "after costs", Fairwork 1.2)
 * @param taskTimeShownBeforeAccept a reasonable estimate of task time is shown before a worker accepts (Fairwork 1.2)
 * @param healthSafetyPolicy        a policy identifies and addresses job risks, psychological ones included (Fairwork 2.2)
 * @param clearTerms                terms and conditions are clear and accessible (Fairwork 3.1)
 * @param dueProcess                workers can appeal decisions such as deactivation (Fairwork 4.1; PWD Art 11)
 * @param algorithmicManagement     automated monitoring or decision systems are used (PWD Arts 9-10)
 * @param transparencyNoticeDate    date workers were informed of those systems (PWD Art 9)
 * @param humanReview               a human reviews restrictions, suspensions and terminations (PWD Art 11)
 * @param dpiaReference             reference of the data protection impact assessment (PWD Art 8)
 * @param collectiveRepresentation  a collective body of workers is recognised (Fairwork 5.1-5.2)
 * @param workerCountryMinimumAge   the minimum age the partner enforces for workers
 */
public record PlatformPractices(
        Optional<Boolean> paysOnTimeForAllWork,
        Optional<Boolean> chargesWorkerFees,
        Optional<Boolean> taskTimeShownBeforeAccept,
        Optional<Boolean> healthSafetyPolicy,
        Optional<Boolean> clearTerms,
        Optional<Boolean> dueProcess,
        Optional<Boolean> algorithmicManagement,
        Optional<LocalDate> transparencyNoticeDate,
        Optional<Boolean> humanReview,
        Optional<String> dpiaReference,
        Optional<Boolean> collectiveRepresentation,
        Optional<@Min(0) @Max(120) Integer> workerCountryMinimumAge) {
    public PlatformPractices {
        paysOnTimeForAllWork = Values.fact(paysOnTimeForAllWork);
        chargesWorkerFees = Values.fact(chargesWorkerFees);
        taskTimeShownBeforeAccept = Values.fact(taskTimeShownBeforeAccept);
        healthSafetyPolicy = Values.fact(healthSafetyPolicy);
        clearTerms = Values.fact(clearTerms);
        dueProcess = Values.fact(dueProcess);
        algorithmicManagement = Values.fact(algorithmicManagement);
        transparencyNoticeDate = Values.fact(transparencyNoticeDate);
        humanReview = Values.fact(humanReview);
        dpiaReference = Values.fact(dpiaReference);
        collectiveRepresentation = Values.fact(collectiveRepresentation);
        workerCountryMinimumAge = Values.fact(workerCountryMinimumAge);
    }
}
