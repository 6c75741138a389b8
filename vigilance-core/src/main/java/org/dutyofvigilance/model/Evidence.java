package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Provenance of facts: where the facts about one node come from and how old they are.
 *
 * @param id        stable id, unique in the chain
 * @param subject   id of the node (entity, relationship, segment, mechanism…) whose facts it supports
 * @param fields    names of the fields it supports; empty means every field of the subject
 * @param kind      the kind of source
 * @param date      when the facts were established
 * @param reference the document, interview record or article it comes from
 */
public record Evidence(String id, String subject, List<String> fields, SourceKind kind, LocalDate date,
        String reference) {
    public Evidence {
        Values.requiredText(id, "id");
        Values.requiredText(subject, "subject");
        fields = Values.list(fields);
        Values.required(kind, "kind");
        Values.required(date, "date");
        Values.requiredText(reference, "reference");
    }

    /** Whether this evidence supports the given field of its subject. */
    public boolean covers(String field) {
        return fields.isEmpty() || fields.contains(field);
    }
}
