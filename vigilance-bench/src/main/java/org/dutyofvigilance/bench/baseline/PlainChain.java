package org.dutyofvigilance.bench.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline of the read benchmarks: plain records with the same shape as the vigilance model, read by a
 * default Jackson mapper. No {@code Optional}, no validation in constructors, no strict parsing options:
 * what reading the same file costs with Jackson and nothing else. Absent values are {@code null}.
 *
 * <p>Only the benchmarks use these types; they are not a second model of the chain.
 */
public record PlainChain(
        String formatVersion,
        Company reportingCompany,
        Period reportingPeriod,
        String reportCurrency,
        List<Rate> exchangeRates,
        List<Partner> businessPartners,
        List<Relationship> relationships,
        List<Segment> workforceSegments,
        List<Mechanism> grievanceMechanisms,
        List<IncidentRow> incidents,
        List<Environment> environmentalFacts,
        List<ActionRow> actions,
        List<Consultation> stakeholderConsultations,
        List<Indicator> monitoringIndicators,
        List<EvidenceRow> evidence,
        String notes) {

    /** Reporting company. */
    public record Company(String entityId, String name, String country, List<Year> financialYears, Boolean csrdReporter,
            Boolean listed, Policy policy, Publication publication, Boolean climateTransitionPlan, List<String> confidential) {
    }

    /** Financial year. */
    public record Year(int year, Integer employeesFrance, Integer employeesGermany, Integer employeesWorldwide,
            Amount netTurnoverWorldwide, Amount netTurnoverEu) {
    }

    /** Money. */
    public record Amount(BigDecimal amount, String currency) {
    }

    /** Policy. */
    public record Policy(String reference, String version, LocalDate adopted, LocalDate lastReviewed,
            Boolean employeesConsulted, String codeOfConduct, Boolean coversForcedAndChildLabour, String responsiblePerson) {
    }

    /** Publication. */
    public record Publication(String url, LocalDate published, Boolean inManagementReport, String implementationReport) {
    }

    /** Period. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** Exchange rate. */
    public record Rate(String from, String to, BigDecimal rate, LocalDate date, String source) {
    }

    /** Business partner. */
    public record Partner(String id, String legalName, String country, String role, Integer employees,
            Boolean establishedRelationship, LocalDate relationshipSince, Boolean codeOfConductExtended,
            Assessment assessment, Practices practices, Integer declaredAnnotators, Long declaredAnnualTasks,
            List<String> confidential) {
    }

    /** Partner assessment. */
    public record Assessment(LocalDate date, String method, Boolean inDepth, String result, String assessor) {
    }

    /** Platform practices. */
    public record Practices(Boolean paysOnTimeForAllWork, Boolean chargesWorkerFees, Boolean taskTimeShownBeforeAccept,
            Boolean healthSafetyPolicy, Boolean clearTerms, Boolean dueProcess, Boolean algorithmicManagement,
            LocalDate transparencyNoticeDate, Boolean humanReview, String dpiaReference, Boolean collectiveRepresentation,
            Integer workerCountryMinimumAge) {
    }

    /** Relationship. */
    public record Relationship(String id, String customer, String supplier, List<String> services, ContractRate contractedRate,
            LocalDate since, String contractReference, Boolean contractualAssurance, Boolean cascadedToSubtiers,
            List<String> confidential) {
    }

    /** Contracted rate. */
    public record ContractRate(BigDecimal amount, String currency, String per) {
    }

    /** Workforce segment. */
    public record Segment(String id, String entity, String name, Heads headcount, List<String> countries,
            List<String> tasks, String employmentStatus, PayRow pay, Conditions conditions,
            List<String> grievanceMechanisms, Long annualTasks, Boolean highestPaid, List<String> confidential) {
    }

    /** Headcount. */
    public record Heads(Integer declared, Integer estimated) {
    }

    /** Pay. */
    public record PayRow(BigDecimal amount, String currency, String per, BigDecimal taskMinutes) {
    }

    /** Working conditions. */
    public record Conditions(BigDecimal hoursPerWeek, BigDecimal harmfulContentHoursPerDay, String psychologicalSupport,
            Integer secondsPerItem, Boolean screenSurveillance, String nda, String freedomOfAssociation,
            Integer youngestWorkerAge, String workplace, Boolean careerPath) {
    }

    /** Grievance mechanism. */
    public record Mechanism(String id, String operator, String name, List<String> openTo, List<String> languages,
            Boolean anonymous, Boolean retaliationProtection, Boolean unionConcertation, Stats statistics,
            List<String> confidential) {
    }

    /** Grievance statistics. */
    public record Stats(Integer received, Integer founded, Integer resolved, Integer medianResponseDays) {
    }

    /** Incident. */
    public record IncidentRow(String id, String entity, String segment, String kind, LocalDate date, String description,
            Integer peopleAffected, Amount amount, List<String> namedIndividuals, List<String> confidential) {
    }

    /** Environmental facts. */
    public record Environment(String entity, BigDecimal energyMwh, BigDecimal waterCubicMetres, BigDecimal emissionsTco2e,
            List<Mineral> minerals) {
    }

    /** Mineral sourcing. */
    public record Mineral(String mineral, String originCountry, BigDecimal tonnes, String site,
            BigDecimal distanceToWorkforceKm) {
    }

    /** Action. */
    public record ActionRow(String id, String target, String impact, String kind, String description, String owner,
            LocalDate due, String status, List<String> confidential) {
    }

    /** Stakeholder consultation. */
    public record Consultation(String id, String stage, String group, String name, LocalDate date, String entity,
            String outcome) {
    }

    /** Monitoring indicator. */
    public record Indicator(String id, String name, String unit, BigDecimal currentYear, BigDecimal previousYear,
            BigDecimal target) {
    }

    /** Evidence. */
    public record EvidenceRow(String id, String subject, List<String> fields, String kind, LocalDate date,
            String reference) {
    }
}
