package org.dutyofvigilance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * A reporting company's chain of activities: the root document of the vigilance format.
 *
 * <p>Entities and the relationships between them form a directed acyclic graph rooted at the reporting
 * company (a vendor may serve several platforms). Facts about people, conditions, incidents, the
 * environment, actions and monitoring point at entities by id. Read one with
 * {@code org.dutyofvigilance.Vigilance.read(...)} or build one in code with {@link ChainBuilder}.
 *
 * @param formatVersion        version of the JSON format this document follows, e.g. {@code "1.0"}
 * @param reportingCompany     the company that publishes the vigilance plan
 * @param reportingPeriod      the financial year the plan covers
 * @param reportCurrency       ISO 4217 code all amounts are converted into
 * @param exchangeRates        the rates used for that conversion, each with date and source
 * @param businessPartners     every entity in the chain, the reporting company's own entity included
 * @param relationships        who contracts whom, with service and contracted rate
 * @param workforceSegments    groups of workers at an entity, with pay and working conditions
 * @param grievanceMechanisms  alert and complaint channels
 * @param incidents            lawsuits, diagnoses, dismissals, withheld pay and other events
 * @param environmentalFacts   energy, water, emissions and minerals per entity
 * @param actions              prevention, mitigation, corrective and remediation actions
 * @param stakeholderConsultations consultations of workers, unions and civil society
 * @param monitoringIndicators indicators followed year on year
 * @param evidence             provenance of the facts: who said it, when, where it is documented
 * @param notes                free text for the reader of the plan (optional)
 */
public record ChainOfActivities(
        String formatVersion,
        @Valid ReportingCompany reportingCompany,
        ReportingPeriod reportingPeriod,
        String reportCurrency,
        List<@Valid ExchangeRate> exchangeRates,
        List<@Valid BusinessPartner> businessPartners,
        List<@Valid BusinessRelationship> relationships,
        List<@Valid WorkforceSegment> workforceSegments,
        List<@Valid GrievanceMechanism> grievanceMechanisms,
        List<@Valid Incident> incidents,
        List<@Valid EnvironmentalFacts> environmentalFacts,
        List<Action> actions,
        List<StakeholderConsultation> stakeholderConsultations,
        List<MonitoringIndicator> monitoringIndicators,
        List<Evidence> evidence,
        Optional<String> notes) {

    /** The format version this library writes. */
    public static final String CURRENT_FORMAT_VERSION = "1.0";

    public ChainOfActivities {
        Values.requiredText(formatVersion, "formatVersion");
        Values.required(reportingCompany, "reportingCompany");
        Values.required(reportingPeriod, "reportingPeriod");
        Values.requiredText(reportCurrency, "reportCurrency");
        exchangeRates = Values.list(exchangeRates);
        businessPartners = Values.list(businessPartners);
        relationships = Values.list(relationships);
        workforceSegments = Values.list(workforceSegments);
        grievanceMechanisms = Values.list(grievanceMechanisms);
        incidents = Values.list(incidents);
        environmentalFacts = Values.list(environmentalFacts);
        actions = Values.list(actions);
        stakeholderConsultations = Values.list(stakeholderConsultations);
        monitoringIndicators = Values.list(monitoringIndicators);
        evidence = Values.list(evidence);
        notes = Values.fact(notes);
    }

    /** The partner with this id, if any. Linear scan; build a {@code ChainIndex} for repeated look-ups. */
    public Optional<BusinessPartner> partner(String id) {
        return businessPartners.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
