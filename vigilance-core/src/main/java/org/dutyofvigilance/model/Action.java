package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A prevention, mitigation, corrective or remediation action (CSDDD Arts 10-12; French measure 3).
 *
 * @param id           stable id, unique in the chain
 * @param target       id of the entity or workforce segment it is about
 * @param impact       the adverse impact it addresses
 * @param kind         the kind of action
 * @param description  what is done
 * @param owner        who is responsible
 * @param due          when it is due
 * @param status       where it stands
 * @param confidential names of fields of this record that the public edition leaves out
 */
public record Action(
        String id,
        String target,
        Optional<ImpactCategory> impact,
        ActionKind kind,
        String description,
        Optional<String> owner,
        Optional<LocalDate> due,
        ActionStatus status,
        List<String> confidential) {
    public Action {
        Values.requiredText(id, "id");
        Values.requiredText(target, "target");
        impact = Values.fact(impact);
        Values.required(kind, "kind");
        Values.requiredText(description, "description");
        owner = Values.fact(owner);
        due = Values.fact(due);
        Values.required(status, "status");
        confidential = Values.list(confidential);
    }
}
