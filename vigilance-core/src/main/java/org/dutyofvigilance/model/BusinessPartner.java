package org.dutyofvigilance.model;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entity in the chain of activities: the reporting company, a subsidiary, or a direct or indirect
 * business partner (CSDDD Art 3). Whether a partner is direct or indirect, and its tier, follow from the
 * relationships, not from this record.
 *
 * @param id                     stable id, unique in the chain (letters, digits, {@code . _ - :})
 * @param legalName              legal name
 * @param country                ISO 3166-1 alpha-2 code of the registered office
 * @param role                   role in the chain
 * @param employees              number of employees (the CSRD value-chain cap protects partners with 1,000 or fewer)
 * @param establishedRelationship whether the relationship is an established commercial relationship (French law)
 * @param relationshipSince      since when the company has worked with this partner
 * @param codeOfConductExtended  whether the code of conduct is contractually extended to this partner
 * @param assessment             the last evaluation of this partner (French measure 2; CSDDD Art 8)
 * @param practices              how the partner treats workers when it dispatches work (Fairwork, PWD)
 * @param declaredAnnotators     number of data workers the partner says it uses, when it publishes one
 * @param declaredAnnualTasks    volume of tasks the partner says it had done in the year
 * @param confidential           names of fields of this record that the public edition leaves out
 */
public record BusinessPartner(
        String id,
        String legalName,
        String country,
        PartnerRole role,
        Optional<@PositiveOrZero Integer> employees,
        Optional<Boolean> establishedRelationship,
        Optional<LocalDate> relationshipSince,
        Optional<Boolean> codeOfConductExtended,
        Optional<PartnerAssessment> assessment,
        Optional<@Valid PlatformPractices> practices,
        Optional<@PositiveOrZero Integer> declaredAnnotators,
        Optional<@PositiveOrZero Long> declaredAnnualTasks,
        List<String> confidential) {
    public BusinessPartner {
        Values.requiredText(id, "id");
        Values.requiredText(legalName, "legalName");
        Values.requiredText(country, "country");
        Values.required(role, "role");
        employees = Values.fact(employees);
        establishedRelationship = Values.fact(establishedRelationship);
        relationshipSince = Values.fact(relationshipSince);
        codeOfConductExtended = Values.fact(codeOfConductExtended);
        assessment = Values.fact(assessment);
        practices = Values.fact(practices);
        declaredAnnotators = Values.fact(declaredAnnotators);
        declaredAnnualTasks = Values.fact(declaredAnnualTasks);
        confidential = Values.list(confidential);
    }

    /** A partner with only the four required facts; everything else not disclosed. */
    public static BusinessPartner of(String id, String legalName, String country, PartnerRole role) {
        return new BusinessPartner(id, legalName, country, role, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
