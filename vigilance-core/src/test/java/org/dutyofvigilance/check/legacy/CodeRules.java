package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ExchangeRate;

/**
 * ISO codes: countries are ISO 3166-1 alpha-2, currencies ISO 4217, and every currency used in the chain
 * has an exchange rate to the report currency (given directly or inversely; the library never fetches rates).
 */
final class CodeRules {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private CodeRules() {
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        String rootId = chain.reportingCompany().entityId();
        country(out, rootId, "reportingCompany.country", chain.reportingCompany().country());
        chain.businessPartners().forEach(p -> country(out, p.id(), "country", p.country()));
        chain.workforceSegments().forEach(s -> {
            for (int i = 0; i < s.countries().size(); i++) {
                country(out, s.id(), "countries[" + i + "]", s.countries().get(i));
            }
        });
        chain.environmentalFacts().forEach(e -> e.minerals().forEach(m -> country(out,
                "environmentalFacts[" + e.entity() + "]", "minerals.originCountry", m.originCountry())));

        // currency -> first place it is used, in a stable order
        TreeMap<String, String[]> used = new TreeMap<>();
        currency(out, used, "$", "reportCurrency", chain.reportCurrency());
        for (ExchangeRate r : chain.exchangeRates()) {
            String node = "exchangeRates[" + r.from() + "->" + r.to() + "]";
            currency(out, null, node, "from", r.from());
            currency(out, null, node, "to", r.to());
        }
        chain.reportingCompany().financialYears().forEach(y -> {
            y.netTurnoverWorldwide().ifPresent(m -> currency(out, used, rootId,
                    "financialYears[" + y.year() + "].netTurnoverWorldwide.currency", m.currency()));
            y.netTurnoverEu().ifPresent(m -> currency(out, used, rootId,
                    "financialYears[" + y.year() + "].netTurnoverEu.currency", m.currency()));
        });
        chain.relationships().forEach(r -> r.contractedRate()
                .ifPresent(rate -> currency(out, used, r.id(), "contractedRate.currency", rate.currency())));
        chain.workforceSegments().forEach(s -> s.pay()
                .ifPresent(p -> currency(out, used, s.id(), "pay.currency", p.currency())));
        chain.incidents().forEach(i -> i.amount()
                .ifPresent(m -> currency(out, used, i.id(), "amount.currency", m.currency())));

        String report = chain.reportCurrency();
        used.forEach((code, where) -> {
            if (code.equals(report) || !CURRENCIES.contains(code)) {
                return;
            }
            boolean rated = chain.exchangeRates().stream().anyMatch(r -> (r.from().equals(code) && r.to().equals(report))
                    || (r.from().equals(report) && r.to().equals(code)));
            if (!rated) {
                out.add(new Finding("STRUCT-MISSING-RATE", Severity.ERROR, where[0], where[1],
                        "amounts in " + code + " are used but there is no exchange rate between " + code + " and the report currency "
                                + report + "; add it to exchangeRates with its date and source"));
            }
        });
    }

    private static void country(List<Finding> out, String node, String field, String code) {
        if (!COUNTRIES.contains(code)) {
            out.add(new Finding("STRUCT-UNKNOWN-COUNTRY", Severity.ERROR, node, field,
                    "'" + IdentityRules.printable(code) + "' is not an ISO 3166-1 alpha-2 country code;"
                            + " use two capital letters such as KE, FR or PH"));
        }
    }

    private static void currency(List<Finding> out, TreeMap<String, String[]> used, String node, String field,
            String code) {
        if (!CURRENCIES.contains(code)) {
            out.add(new Finding("STRUCT-UNKNOWN-CURRENCY", Severity.ERROR, node, field,
                    "'" + IdentityRules.printable(code) + "' is not an ISO 4217 currency code;"
                            + " use three capital letters such as EUR, USD or KES"));
        } else if (used != null) {
            used.putIfAbsent(code, new String[] {node, field});
        }
    }
}
