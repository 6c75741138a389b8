package org.dutyofvigilance.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A contract in the chain: the customer buys a service from the supplier. Relationships are the edges of
 * the chain's directed acyclic graph; one supplier may serve several customers.
 *
 * @param id                   stable id, unique in the chain
 * @param customer             id of the entity that buys
 * @param supplier             id of the entity that supplies
 * @param services             the data work bought
 * @param contractedRate       the rate the customer pays
 * @param since                start date of the contract
 * @param contractReference    the contract's reference
 * @param contractualAssurance whether the contract contains a human-rights assurance clause (CSDDD Art 10(2)(b))
 * @param cascadedToSubtiers   whether the supplier must pass that assurance on to its own suppliers
 * @param confidential         names of fields of this record that the public edition leaves out
 */
public record BusinessRelationship(
        String id,
        String customer,
        String supplier,
        List<ServiceType> services,
        Optional<@Valid ContractedRate> contractedRate,
        Optional<LocalDate> since,
        Optional<String> contractReference,
        Optional<Boolean> contractualAssurance,
        Optional<Boolean> cascadedToSubtiers,
        List<String> confidential) {
    public BusinessRelationship {
        Values.requiredText(id, "id");
        Values.requiredText(customer, "customer");
        Values.requiredText(supplier, "supplier");
        services = Values.list(services);
        contractedRate = Values.fact(contractedRate);
        since = Values.fact(since);
        contractReference = Values.fact(contractReference);
        contractualAssurance = Values.fact(contractualAssurance);
        cascadedToSubtiers = Values.fact(cascadedToSubtiers);
        confidential = Values.list(confidential);
    }

    /** A relationship with only its ends and services known. */
    public static BusinessRelationship of(String id, String customer, String supplier, ServiceType... services) {
        return new BusinessRelationship(id, customer, supplier, List.of(services), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
