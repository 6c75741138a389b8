package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/** Small chains built in code for the tests: buyer → provider → platform → vendor. */
final class TestChains {
    static final String BUYER = "buyer";
    static final String PROVIDER = "provider";
    static final String PLATFORM = "platform";
    static final String VENDOR = "vendor";

    private TestChains() {
    }

    static ChainBuilder builder(String currency) {
        ReportingCompany company = new ReportingCompany(BUYER, "Acheteur SA", "FR", List.of(), Optional.empty(),
                Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        return ChainBuilder.forCompany(company, new ReportingPeriod(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)), currency)
                .partner(BusinessPartner.of(BUYER, "Acheteur SA", "FR", PartnerRole.BUYER));
    }

    /** buyer → provider → platform (12 USD per worker-hour) → vendor (rate not disclosed). */
    static ChainBuilder fourTiers(String currency) {
        return builder(currency)
                .partner(BusinessPartner.of(PROVIDER, "Modèle SAS", "FR", PartnerRole.AI_MODEL_PROVIDER))
                .partner(BusinessPartner.of(PLATFORM, "Plateforme Inc.", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of(VENDOR, "Vendor Ltd", "KE", PartnerRole.VENDOR))
                .relationship(BusinessRelationship.of("r1", BUYER, PROVIDER, ServiceType.OTHER))
                .relationship(rated("r2", PROVIDER, PLATFORM, "12", "USD", RateUnit.WORKER_HOUR))
                .relationship(BusinessRelationship.of("r3", PLATFORM, VENDOR, ServiceType.ANNOTATION));
    }

    static BusinessRelationship rated(String id, String customer, String supplier, String amount, String currency,
            RateUnit per) {
        return new BusinessRelationship(id, customer, supplier, List.of(ServiceType.ANNOTATION),
                Optional.of(new ContractedRate(new BigDecimal(amount), currency, per)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    static ExchangeRate rate(String from, String to, String rate) {
        return new ExchangeRate(from, to, new BigDecimal(rate), LocalDate.of(2025, 12, 31), "test rate");
    }

    static WorkingConditions hours(String perWeek) {
        return conditions(perWeek, null, null, null, null, null, null, null);
    }

    static WorkingConditions conditions(String hoursPerWeek, String harmfulHours, PsychologicalSupport support,
            Integer secondsPerItem, Boolean surveillance, NdaScope nda, FreedomOfAssociation fa, Integer youngest) {
        return new WorkingConditions(Optional.ofNullable(hoursPerWeek).map(BigDecimal::new),
                Optional.ofNullable(harmfulHours).map(BigDecimal::new), Optional.ofNullable(support),
                Optional.ofNullable(secondsPerItem), Optional.ofNullable(surveillance), Optional.ofNullable(nda),
                Optional.ofNullable(fa), Optional.ofNullable(youngest), Optional.empty(), Optional.empty());
    }

    static WorkforceSegment segment(String id, String entity, Integer headcount, String country, ServiceType task,
            Pay pay, WorkingConditions conditions) {
        return segment(id, entity, headcount, country, task, pay, conditions, false);
    }

    static WorkforceSegment segment(String id, String entity, Integer headcount, String country, ServiceType task,
            Pay pay, WorkingConditions conditions, boolean highestPaid) {
        return new WorkforceSegment(id, entity, id + " workers", new Headcount(Optional.ofNullable(headcount),
                Optional.empty()), country == null ? List.of() : List.of(country), List.of(task), Optional.empty(),
                Optional.ofNullable(pay), conditions, List.of(), Optional.empty(), Optional.of(highestPaid), List.of());
    }
}
