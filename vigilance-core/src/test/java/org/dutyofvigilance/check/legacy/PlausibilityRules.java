package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.RateUnit;

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
        chain.workforceSegments().forEach(s -> s.pay().ifPresent(p -> bound(out, s.id(), "pay.amount", p.amount(),
                MAX_PAY.get(p.per()), p.currency() + " per " + p.per().name().toLowerCase())));
        chain.relationships().forEach(r -> r.contractedRate().ifPresent(p -> bound(out, r.id(), "contractedRate.amount",
                p.amount(), MAX_RATE.get(p.per()), p.currency() + " per " + p.per().name().toLowerCase())));
        String root = chain.reportingCompany().entityId();
        chain.reportingCompany().financialYears().forEach(y -> {
            y.netTurnoverWorldwide().ifPresent(m -> money(out, root, "financialYears[" + y.year() + "].netTurnoverWorldwide", m));
            y.netTurnoverEu().ifPresent(m -> money(out, root, "financialYears[" + y.year() + "].netTurnoverEu", m));
        });
        chain.incidents().forEach(i -> i.amount().ifPresent(m -> money(out, i.id(), "amount", m)));
        chain.exchangeRates().forEach(r -> bound(out, "exchangeRates[" + r.from() + "->" + r.to() + "]", "rate", r.rate(),
                MAX_QUANTITY, "units"));
        chain.environmentalFacts().forEach(e -> {
            String node = "environmentalFacts[" + e.entity() + "]";
            e.energyMwh().ifPresent(v -> bound(out, node, "energyMwh", v, MAX_QUANTITY, "MWh"));
            e.waterCubicMetres().ifPresent(v -> bound(out, node, "waterCubicMetres", v, MAX_QUANTITY, "m3"));
            e.emissionsTco2e().ifPresent(v -> bound(out, node, "emissionsTco2e", v, MAX_QUANTITY, "tCO2e"));
        });
        chain.monitoringIndicators().forEach(m -> {
            m.currentYear().ifPresent(v -> bound(out, m.id(), "currentYear", v.abs(), MAX_QUANTITY, "units"));
            m.previousYear().ifPresent(v -> bound(out, m.id(), "previousYear", v.abs(), MAX_QUANTITY, "units"));
        });
    }

    private static void money(List<Finding> out, String node, String field, Money m) {
        bound(out, node, field + ".amount", m.amount(), MAX_AMOUNT, m.currency());
    }

    private static void bound(List<Finding> out, String node, String field, BigDecimal value, BigDecimal max,
            String unit) {
        if (value.compareTo(max) > 0) {
            String shown = value.precision() - value.scale() > 30 ? value.toString() : value.toPlainString();
            out.add(new Finding("STRUCT-IMPLAUSIBLE-AMOUNT", Severity.ERROR, node, field,
                    field + " is " + shown + " " + unit + ", above the plausible maximum of " + max.toPlainString()
                            + "; check the amount and its unit (a monthly figure entered as hourly, a missing decimal point)"));
        }
    }
}
