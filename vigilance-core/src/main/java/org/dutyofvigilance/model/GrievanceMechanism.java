package org.dutyofvigilance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * An alert, notification or complaints channel (CSDDD Art 14; French measure 4; ESRS S2-3).
 *
 * @param id                    stable id, unique in the chain
 * @param operator              id of the entity that runs it
 * @param name                  its name
 * @param openTo                who can use it
 * @param languages             languages it accepts (ISO 639-1)
 * @param anonymous             whether anonymous or confidential submissions are possible
 * @param retaliationProtection whether users are protected from retaliation
 * @param unionConcertation     whether it was set up in concertation with representative unions (French law)
 * @param statistics            what it received and how it was followed up in the period
 * @param confidential          names of fields of this record that the public edition leaves out
 */
public record GrievanceMechanism(
        String id,
        String operator,
        String name,
        List<GrievanceAccess> openTo,
        List<String> languages,
        Optional<Boolean> anonymous,
        Optional<Boolean> retaliationProtection,
        Optional<Boolean> unionConcertation,
        Optional<@Valid GrievanceStatistics> statistics,
        List<String> confidential) {
    public GrievanceMechanism {
        Values.requiredText(id, "id");
        Values.requiredText(operator, "operator");
        Values.requiredText(name, "name");
        openTo = Values.list(openTo);
        languages = Values.list(languages);
        anonymous = Values.fact(anonymous);
        retaliationProtection = Values.fact(retaliationProtection);
        unionConcertation = Values.fact(unionConcertation);
        statistics = Values.fact(statistics);
        confidential = Values.list(confidential);
    }
}
