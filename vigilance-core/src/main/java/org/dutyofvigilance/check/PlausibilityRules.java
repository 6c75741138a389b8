package org.dutyofvigilance.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.MonitoringIndicator;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * Amounts beyond anything real: a pay of a billion an hour, a number like 1e400. The bounds are wide enough
 * for every currency in use (a month's pay in Malagasy ariary runs to hundreds of thousands) and exist to
 * stop a typing or export error from reaching the indicators.
 */
final class PlausibilityRules {
    static final Map<PayUnit, BigDecimal> MAX_PAY = Map.of(
            PayUnit.HOUR, new BigDecimal("1E7"), PayUnit.TASK, new BigDecimal("1E7"), PayUnit.DAY, new BigDecimal("1E8"),
            PayUnit.MONTH, new BigDecimal("1E9"), PayUnit.YEAR, new BigDecimal("1E10"));
    static final Map<RateUnit, BigDecimal> MAX_RATE = Map.of(
            RateUnit.WORKER_HOUR, new BigDecimal("1E7"), RateUnit.TASK, new BigDecimal("1E7"),
            RateUnit.MONTH, new BigDecimal("1E11"), RateUnit.LUMP_SUM, new BigDecimal("1E14"));
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1E16");
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1E15");

    private PlausibilityRules() {
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        for (WorkforceSegment s : chain.workforceSegments()) {
            if (s.pay().isPresent()) {
                Pay p = s.pay().get();
                if (p.amount().compareTo(MAX_PAY.get(p.per())) > 0) {
                    report(out, s.id(), "pay.amount", p.amount(), MAX_PAY.get(p.per()),
                            p.currency() + " per " + p.per().name().toLowerCase());
                }
            }
        }
        for (BusinessRelationship r : chain.relationships()) {
            if (r.contractedRate().isPresent()) {
                ContractedRate p = r.contractedRate().get();
                if (p.amount().compareTo(MAX_RATE.get(p.per())) > 0) {
                    report(out, r.id(), "contractedRate.amount", p.amount(), MAX_RATE.get(p.per()),
                            p.currency() + " per " + p.per().name().toLowerCase());
                }
            }
        }
        String root = chain.reportingCompany().entityId();
        for (FinancialYear y : chain.reportingCompany().financialYears()) {
            if (y.netTurnoverWorldwide().isPresent()) {
                money(out, root, "financialYears[" + y.year() + "].netTurnoverWorldwide", y.netTurnoverWorldwide().get());
            }
            if (y.netTurnoverEu().isPresent()) {
                money(out, root, "financialYears[" + y.year() + "].netTurnoverEu", y.netTurnoverEu().get());
            }
        }
        for (Incident i : chain.incidents()) {
            if (i.amount().isPresent()) {
                money(out, i.id(), "amount", i.amount().get());
            }
        }
        for (ExchangeRate r : chain.exchangeRates()) {
            if (r.rate().compareTo(MAX_QUANTITY) > 0) {
                report(out, "exchangeRates[" + r.from() + "->" + r.to() + "]", "rate", r.rate(), MAX_QUANTITY, "units");
            }
        }
        for (EnvironmentalFacts e : chain.environmentalFacts()) {
            quantity(out, e, "energyMwh", e.energyMwh(), "MWh");
            quantity(out, e, "waterCubicMetres", e.waterCubicMetres(), "m3");
            quantity(out, e, "emissionsTco2e", e.emissionsTco2e(), "tCO2e");
        }
        for (MonitoringIndicator m : chain.monitoringIndicators()) {
            if (m.currentYear().isPresent()) {
                bound(out, m.id(), "currentYear", m.currentYear().get().abs(), MAX_QUANTITY, "units");
            }
            if (m.previousYear().isPresent()) {
                bound(out, m.id(), "previousYear", m.previousYear().get().abs(), MAX_QUANTITY, "units");
            }
        }
    }

    private static void quantity(List<Finding> out, EnvironmentalFacts e, String field, Optional<BigDecimal> value,
            String unit) {
        if (value.isPresent() && value.get().compareTo(MAX_QUANTITY) > 0) {
            report(out, "environmentalFacts[" + e.entity() + "]", field, value.get(), MAX_QUANTITY, unit);
        }
    }

    private static void money(List<Finding> out, String node, String field, Money m) {
        bound(out, node, field + ".amount", m.amount(), MAX_AMOUNT, m.currency());
    }

    private static void bound(List<Finding> out, String node, String field, BigDecimal value, BigDecimal max,
            String unit) {
        if (value.compareTo(max) > 0) {
            report(out, node, field, value, max, unit);
        }
    }

    private static void report(List<Finding> out, String node, String field, BigDecimal value, BigDecimal max,
            String unit) {
        String shown = value.precision() - value.scale() > 30 ? value.toString() : value.toPlainString();
        out.add(new Finding("STRUCT-IMPLAUSIBLE-AMOUNT", Severity.ERROR, node, field,
                field + " is " + shown + " " + unit + ", above the plausible maximum of " + max.toPlainString()
                        + "; check the amount and its unit (a monthly figure entered as hourly, a missing decimal point)"));
    }
}
