package org.dutyofvigilance.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link ChainOfActivities} in code, for instance from ERP rows. The builder is mutable and not
 * thread-safe; the chain it builds is immutable.
 *
 * <pre>{@code
 * ChainOfActivities chain = ChainBuilder.forCompany(company, period, "EUR")
 *         .partner(BusinessPartner.of("provider", "Modèle SAS", "FR", PartnerRole.AI_MODEL_PROVIDER))
 *         .relationship(BusinessRelationship.of("r1", company.entityId(), "provider", ServiceType.OTHER))
 *         .build();
 * }</pre>
 */
public final class ChainBuilder {
    private final ReportingCompany company;
    private final ReportingPeriod period;
    private final String reportCurrency;
    private final List<ExchangeRate> rates = new ArrayList<>();
    private final List<BusinessPartner> partners = new ArrayList<>();
    private final List<BusinessRelationship> relationships = new ArrayList<>();
    private final List<WorkforceSegment> segments = new ArrayList<>();
    private final List<GrievanceMechanism> mechanisms = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<EnvironmentalFacts> environment = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<StakeholderConsultation> consultations = new ArrayList<>();
    private final List<MonitoringIndicator> indicators = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private String notes;

    private ChainBuilder(ReportingCompany company, ReportingPeriod period, String reportCurrency) {
        this.company = Values.required(company, "reportingCompany");
        this.period = Values.required(period, "reportingPeriod");
        this.reportCurrency = Values.requiredText(reportCurrency, "reportCurrency");
    }

    /** Starts a chain for a reporting company, a period and the currency the report uses. */
    public static ChainBuilder forCompany(ReportingCompany company, ReportingPeriod period, String reportCurrency) {
        return new ChainBuilder(company, period, reportCurrency);
    }

    /** Adds an exchange rate. */
    public ChainBuilder exchangeRate(ExchangeRate rate) {
        rates.add(rate);
        return this;
    }

    /** Adds an entity (the reporting company's own entity included). */
    public ChainBuilder partner(BusinessPartner partner) {
        partners.add(partner);
        return this;
    }

    /** Adds a relationship (an edge customer → supplier). */
    public ChainBuilder relationship(BusinessRelationship relationship) {
        relationships.add(relationship);
        return this;
    }

    /** Adds a workforce segment. */
    public ChainBuilder workforce(WorkforceSegment segment) {
        segments.add(segment);
        return this;
    }

    /** Adds a grievance mechanism. */
    public ChainBuilder grievanceMechanism(GrievanceMechanism mechanism) {
        mechanisms.add(mechanism);
        return this;
    }

    /** Adds an incident. */
    public ChainBuilder incident(Incident incident) {
        incidents.add(incident);
        return this;
    }

    /** Adds environmental facts of an entity. */
    public ChainBuilder environmentalFacts(EnvironmentalFacts facts) {
        environment.add(facts);
        return this;
    }

    /** Adds an action. */
    public ChainBuilder action(Action action) {
        actions.add(action);
        return this;
    }

    /** Adds a stakeholder consultation. */
    public ChainBuilder consultation(StakeholderConsultation consultation) {
        consultations.add(consultation);
        return this;
    }

    /** Adds a monitoring indicator. */
    public ChainBuilder monitoringIndicator(MonitoringIndicator indicator) {
        indicators.add(indicator);
        return this;
    }

    /** Adds evidence for facts of a node. */
    public ChainBuilder evidence(Evidence item) {
        evidence.add(item);
        return this;
    }

    /** Sets free-text notes. */
    public ChainBuilder notes(String text) {
        this.notes = text;
        return this;
    }

    /** The immutable chain. Structural problems (dangling ids, cycles) are reported by the check, not here. */
    public ChainOfActivities build() {
        return new ChainOfActivities(ChainOfActivities.CURRENT_FORMAT_VERSION, company, period, reportCurrency, rates,
                partners, relationships, segments, mechanisms, incidents, environment, actions, consultations,
                indicators, evidence, Optional.ofNullable(notes));
    }
}
