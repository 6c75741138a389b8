package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One consultation of stakeholders (CSDDD Art 13; French law: the plan is drawn up with stakeholders).
 *
 * @param id      stable id, unique in the chain
 * @param stage   at which stage of due diligence
 * @param group   which stakeholders
 * @param name    the organisation or group consulted
 * @param date    when
 * @param entity  the entity it concerns, if any
 * @param outcome what came of it
 */
public record StakeholderConsultation(
        String id,
        ConsultationStage stage,
        StakeholderGroup group,
        String name,
        Optional<LocalDate> date,
        Optional<String> entity,
        Optional<String> outcome) {
    public StakeholderConsultation {
        Values.requiredText(id, "id");
        Values.required(stage, "stage");
        Values.required(group, "group");
        Values.requiredText(name, "name");
        date = Values.fact(date);
        entity = Values.fact(entity);
        outcome = Values.fact(outcome);
    }
}
