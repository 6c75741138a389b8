package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened in the chain and shows an actual adverse impact: a lawsuit, diagnoses, a
 * dismissal, withheld pay.
 *
 * @param id               stable id, unique in the chain
 * @param entity           id of the entity concerned
 * @param segment          id of the workforce segment concerned, if any
 * @param kind             the kind of incident
 * @param date             when it happened or was filed
 * @param description      what happened, in a sentence
 * @param peopleAffected   how many people it concerns (e.g. 185 petitioners)
 * @param amount           an amount involved (a claim, a settlement, withheld pay)
 * @param namedIndividuals names of individuals involved; always left out of the public edition
 * @param confidential     names of fields of this record that the public edition leaves out
 */
public record Incident(
        String id,
        String entity,
        Optional<String> segment,
        IncidentKind kind,
        Optional<LocalDate> date,
        String description,
        Optional<@PositiveOrZero Integer> peopleAffected,
        Optional<@Valid Money> amount,
        List<String> namedIndividuals,
        List<String> confidential) {
    public Incident {
        Values.requiredText(id, "id");
        Values.requiredText(entity, "entity");
        segment = Values.fact(segment);
        Values.required(kind, "kind");
        date = Values.fact(date);
        Values.requiredText(description, "description");
        peopleAffected = Values.fact(peopleAffected);
        amount = Values.fact(amount);
        namedIndividuals = Values.list(namedIndividuals);
        confidential = Values.list(confidential);
    }
}
