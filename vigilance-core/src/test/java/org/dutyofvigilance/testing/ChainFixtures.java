package org.dutyofvigilance.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.DueDiligencePolicy;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.GrievanceAccess;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.Publication;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/** Small chains built in code for the tests: buyer → provider → platform → vendor → moderators. */
public final class ChainFixtures {
    public static final ReportingPeriod FY2025 = new ReportingPeriod(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31));

    private ChainFixtures() {
    }

    /** A financial year with worldwide employees and EUR turnover (in millions). */
    public static FinancialYear year(int year, Integer employeesWorldwide, Integer turnoverMillionsEur) {
        return new FinancialYear(year, Optional.empty(), Optional.empty(), Optional.ofNullable(employeesWorldwide),
                Optional.ofNullable(turnoverMillionsEur).map(m -> new Money(BigDecimal.valueOf(m).multiply(
                        new BigDecimal("1000000")), "EUR")), Optional.empty());
    }

    public static FinancialYear france(int year, Integer employeesFrance, Integer employeesWorldwide) {
        return new FinancialYear(year, Optional.ofNullable(employeesFrance), Optional.empty(),
                Optional.ofNullable(employeesWorldwide), Optional.empty(), Optional.empty());
    }

    public static ReportingCompany company(String country, List<FinancialYear> years, Optional<Boolean> csrd,
            Optional<DueDiligencePolicy> policy, Optional<Publication> publication) {
        return new ReportingCompany("buyer", "Acheteur SA", country, years, csrd, Optional.of(true), policy,
                publication, Optional.empty(), List.of());
    }

    public static ReportingCompany company(String country, List<FinancialYear> years) {
        return company(country, years, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A large French buyer (in scope of everything but the LkSG) with nothing else disclosed. */
    public static ReportingCompany largeFrenchBuyer() {
        return company("FR", List.of(
                new FinancialYear(2024, Optional.of(20000), Optional.empty(), Optional.of(60000),
                        Optional.of(Money.of("20000000000", "EUR")), Optional.empty()),
                new FinancialYear(2025, Optional.of(21000), Optional.empty(), Optional.of(61000),
                        Optional.of(Money.of("21000000000", "EUR")), Optional.empty())));
    }

    public static BusinessPartner partner(String id, String country, PartnerRole role, Integer employees,
            Boolean established) {
        return new BusinessPartner(id, id + " Ltd", country, role, Optional.ofNullable(employees),
                Optional.ofNullable(established), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public static WorkforceSegment segment(String id, String entity, String country, Pay pay,
            WorkingConditions conditions, List<String> mechanisms) {
        return new WorkforceSegment(id, entity, id + " workers", new Headcount(Optional.of(100), Optional.empty()),
                country == null ? List.of() : List.of(country), List.of(ServiceType.CONTENT_MODERATION),
                Optional.of(EmploymentStatus.CONTRACTOR), Optional.ofNullable(pay), conditions, mechanisms,
                Optional.empty(), Optional.empty(), List.of());
    }

    public static WorkingConditions harmful(String hoursPerDay) {
        return new WorkingConditions(null, Optional.ofNullable(hoursPerDay).map(BigDecimal::new), null, null, null,
                null, null, null, null, null);
    }

    public static GrievanceMechanism mechanism(String id, String operator, Boolean unionConcertation) {
        return new GrievanceMechanism(id, operator, id, List.of(GrievanceAccess.AFFECTED_WORKERS), List.of("en"),
                Optional.of(true), Optional.of(true), Optional.ofNullable(unionConcertation), Optional.empty(),
                List.of());
    }

    /** buyer → provider (FR, direct) → platform (US, tier 2) → vendor (KE, 400 staff, tier 3) with moderators. */
    public static ChainBuilder flagshipLike(ReportingCompany company) {
        return ChainBuilder.forCompany(company, FY2025, "EUR")
                .partner(partner("buyer", company.country(), PartnerRole.BUYER, null, null))
                .partner(partner("provider", "FR", PartnerRole.AI_MODEL_PROVIDER, 700, true))
                .partner(partner("platform", "US", PartnerRole.DATA_PLATFORM, 3000, true))
                .partner(partner("vendor", "KE", PartnerRole.VENDOR, 400, null))
                .relationship(BusinessRelationship.of("r1", "buyer", "provider", ServiceType.OTHER))
                .relationship(BusinessRelationship.of("r2", "provider", "platform", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r3", "platform", "vendor", ServiceType.CONTENT_MODERATION))
                .workforce(segment("moderators", "vendor", "KE", Pay.of("1.5", "USD", PayUnit.HOUR), harmful("6"),
                        List.of()));
    }
}
