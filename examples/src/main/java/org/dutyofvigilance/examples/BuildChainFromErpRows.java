package org.dutyofvigilance.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/**
 * API example: build a chain of activities in code from rows an ERP system exports (suppliers, purchase
 * contracts, supplier questionnaires), then assess it. No JSON file is involved.
 */
public final class BuildChainFromErpRows {

    /** A supplier row of the ERP's vendor master. */
    public record SupplierRow(String vendorNo, String name, String country, String role, Integer employees) {
    }

    /** A purchase-contract row: who buys from whom, at what rate. */
    public record ContractRow(String contractNo, String buyerNo, String vendorNo, String service, String rate,
            String currency, String per) {
    }

    /** A row of a supplier questionnaire about one group of workers; null cells were not answered. */
    public record WorkforceRow(String vendorNo, String group, Integer headcount, String country, String pay,
            String currency, String per, Integer hoursPerWeek) {
    }

    private BuildChainFromErpRows() {
    }

    /** Builds the chain from the rows. Unanswered cells become "not disclosed", never zero. */
    public static ChainOfActivities build(String companyNo, String companyName, List<SupplierRow> suppliers,
            List<ContractRow> contracts, List<WorkforceRow> workforce) {
        ReportingCompany company = new ReportingCompany(companyNo, companyName, "FR",
                List.of(new FinancialYear(2024, Optional.of(8200), null, Optional.of(15400),
                                Optional.of(Money.of("3100000000", "EUR")), null),
                        new FinancialYear(2025, Optional.of(8350), null, Optional.of(15900),
                                Optional.of(Money.of("3250000000", "EUR")), null)),
                Optional.of(true), Optional.of(true), null, null, null, null);
        ChainBuilder chain = ChainBuilder.forCompany(company,
                        new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "EUR")
                .exchangeRate(new ExchangeRate("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2025, 12, 31),
                        "ERP treasury rate table, closing rate 2025"))
                .partner(BusinessPartner.of(companyNo, companyName, "FR", PartnerRole.BUYER));
        for (SupplierRow s : suppliers) {
            BusinessPartner p = BusinessPartner.of(s.vendorNo(), s.name(), s.country(), PartnerRole.valueOf(s.role()));
            chain.partner(new BusinessPartner(p.id(), p.legalName(), p.country(), p.role(), Optional.ofNullable(s.employees()),
                    null, null, null, null, null, null, null, null));
        }
        for (ContractRow c : contracts) {
            Optional<ContractedRate> rate = c.rate() == null ? Optional.empty()
                    : Optional.of(new ContractedRate(new BigDecimal(c.rate()), c.currency(), RateUnit.valueOf(c.per())));
            chain.relationship(new BusinessRelationship(c.contractNo(), c.buyerNo(), c.vendorNo(),
                    List.of(ServiceType.valueOf(c.service())), rate, null, Optional.of(c.contractNo()), null, null, null));
        }
        int n = 0;
        for (WorkforceRow w : workforce) {
            Optional<Pay> pay = w.pay() == null ? Optional.empty()
                    : Optional.of(Pay.of(w.pay(), w.currency(), PayUnit.valueOf(w.per())));
            WorkingConditions conditions = new WorkingConditions(
                    Optional.ofNullable(w.hoursPerWeek()).map(BigDecimal::valueOf), null, null, null, null, null, null,
                    null, null, null);
            chain.workforce(new WorkforceSegment("seg-" + (++n), w.vendorNo(), w.group(),
                    new Headcount(Optional.ofNullable(w.headcount()), Optional.empty()), List.of(w.country()),
                    List.of(ServiceType.ANNOTATION), Optional.of(EmploymentStatus.CONTRACTOR), pay, conditions, null,
                    null, null, null));
        }
        return chain.build();
    }

    /** Builds a small chain from sample rows and assesses it. */
    public static Assessment run() {
        ChainOfActivities chain = build("V-0001", "Exemple Distribution SA",
                List.of(new SupplierRow("V-1001", "Modèle Génératif SAS", "FR", "AI_MODEL_PROVIDER", 180),
                        new SupplierRow("V-2002", "Annotate Global Ltd", "GB", "DATA_PLATFORM", 700),
                        new SupplierRow("V-3003", "Pwani Data Ltd", "KE", "VENDOR", null)),
                List.of(new ContractRow("PO-77", "V-0001", "V-1001", "OTHER", "450000", "EUR", "LUMP_SUM"),
                        new ContractRow("PO-78", "V-1001", "V-2002", "ANNOTATION", "11", "USD", "WORKER_HOUR"),
                        new ContractRow("PO-79", "V-2002", "V-3003", "ANNOTATION", null, null, null)),
                List.of(new WorkforceRow("V-3003", "Image annotators", 120, "KE", "1.8", "USD", "HOUR", 45)));
        return Vigilance.assess(chain);
    }

    /** Prints the verdict and the top risk of the sample chain. */
    public static void main(String[] args) {
        Assessment a = run();
        System.out.println("verdict: " + a.verdict());
        a.indicators().ifPresent(r -> r.risks().stream().findFirst()
                .ifPresent(risk -> System.out.println("top risk: " + risk.id() + " priority " + risk.priority())));
    }
}
