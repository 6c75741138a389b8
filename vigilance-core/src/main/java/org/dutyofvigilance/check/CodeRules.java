package org.dutyofvigilance.check;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * ISO codes: countries are ISO 3166-1 alpha-2, currencies ISO 4217, and every currency used in the chain
 * has an exchange rate to the report currency (given directly or inversely; the library never fetches rates).
 */
final class CodeRules {
    /** The known codes as a table indexed by their capital letters (the codes are all capital letters). */
    private static final boolean[] COUNTRIES = table(2, Locale.getISOCountries());
    private static final boolean[] CURRENCIES = table(3, currencyCodes());

    private CodeRules() {
    }

    private static String[] currencyCodes() {
        List<String> codes = new ArrayList<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        return codes.toArray(new String[0]);
    }

    private static boolean[] table(int length, String[] codes) {
        boolean[] known = new boolean[(int) Math.pow(26, length)];
        for (String code : codes) {
            int at = letters(code, length);
            if (at < 0) {
                throw new IllegalStateException("'" + code + "' is not " + length + " capital letters");
            }
            known[at] = true;
        }
        return known;
    }

    /** The code as a number in base 26, or -1 when it is not {@code length} capital letters A to Z. */
    private static int letters(String code, int length) {
        if (code.length() != length) {
            return -1;
        }
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            at = at * 26 + (c - 'A');
        }
        return at;
    }

    static boolean isCountry(String code) {
        int at = letters(code, 2);
        return at >= 0 && COUNTRIES[at];
    }

    static boolean isCurrency(String code) {
        int at = letters(code, 3);
        return at >= 0 && CURRENCIES[at];
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        String rootId = chain.reportingCompany().entityId();
        if (!isCountry(chain.reportingCompany().country())) {
            unknownCountry(out, rootId, "reportingCompany.country", chain.reportingCompany().country());
        }
        for (BusinessPartner p : chain.businessPartners()) {
            if (!isCountry(p.country())) {
                unknownCountry(out, p.id(), "country", p.country());
            }
        }
        for (WorkforceSegment s : chain.workforceSegments()) {
            List<String> countries = s.countries();
            for (int i = 0, n = countries.size(); i < n; i++) {
                if (!isCountry(countries.get(i))) {
                    unknownCountry(out, s.id(), "countries[" + i + "]", countries.get(i));
                }
            }
        }
        for (EnvironmentalFacts e : chain.environmentalFacts()) {
            for (MineralSourcing m : e.minerals()) {
                if (!isCountry(m.originCountry())) {
                    unknownCountry(out, "environmentalFacts[" + e.entity() + "]", "minerals.originCountry",
                            m.originCountry());
                }
            }
        }

        // currency -> first place it is used, in a stable order; seen[code] says whether it is in used already
        TreeMap<String, String[]> used = new TreeMap<>();
        boolean[] seen = new boolean[CURRENCIES.length];
        currency(out, used, seen, "$", "reportCurrency", chain.reportCurrency());
        for (ExchangeRate r : chain.exchangeRates()) {
            String node = "exchangeRates[" + r.from() + "->" + r.to() + "]";
            currency(out, null, null, node, "from", r.from());
            currency(out, null, null, node, "to", r.to());
        }
        for (FinancialYear y : chain.reportingCompany().financialYears()) {
            if (y.netTurnoverWorldwide().isPresent()) {
                currency(out, used, seen, rootId, "financialYears[" + y.year() + "].netTurnoverWorldwide.currency",
                        y.netTurnoverWorldwide().get().currency());
            }
            if (y.netTurnoverEu().isPresent()) {
                currency(out, used, seen, rootId, "financialYears[" + y.year() + "].netTurnoverEu.currency",
                        y.netTurnoverEu().get().currency());
            }
        }
        for (BusinessRelationship r : chain.relationships()) {
            if (r.contractedRate().isPresent()) {
                currency(out, used, seen, r.id(), "contractedRate.currency", r.contractedRate().get().currency());
            }
        }
        for (WorkforceSegment s : chain.workforceSegments()) {
            if (s.pay().isPresent()) {
                currency(out, used, seen, s.id(), "pay.currency", s.pay().get().currency());
            }
        }
        for (Incident i : chain.incidents()) {
            if (i.amount().isPresent()) {
                Money m = i.amount().get();
                currency(out, used, seen, i.id(), "amount.currency", m.currency());
            }
        }

        String report = chain.reportCurrency();
        for (Map.Entry<String, String[]> use : used.entrySet()) {
            String code = use.getKey();
            String[] where = use.getValue();
            if (code.equals(report) || !isCurrency(code)) {
                continue;
            }
            boolean rated = false;
            for (ExchangeRate r : chain.exchangeRates()) {
                if ((r.from().equals(code) && r.to().equals(report)) || (r.from().equals(report) && r.to().equals(code))) {
                    rated = true;
                    break;
                }
            }
            if (!rated) {
                out.add(new Finding("STRUCT-MISSING-RATE", Severity.ERROR, where[0], where[1],
                        "amounts in " + code + " are used but there is no exchange rate between " + code + " and the report currency "
                                + report + "; add it to exchangeRates with its date and source"));
            }
        }
    }

    private static void unknownCountry(List<Finding> out, String node, String field, String code) {
        out.add(new Finding("STRUCT-UNKNOWN-COUNTRY", Severity.ERROR, node, field,
                "'" + IdentityRules.printable(code) + "' is not an ISO 3166-1 alpha-2 country code;"
                        + " use two capital letters such as KE, FR or PH"));
    }

    /** Checks a currency code and, when {@code used} is given, remembers where a known code is first used. */
    private static void currency(List<Finding> out, TreeMap<String, String[]> used, boolean[] seen, String node,
            String field, String code) {
        int at = letters(code, 3);
        if (at < 0 || !CURRENCIES[at]) {
            out.add(new Finding("STRUCT-UNKNOWN-CURRENCY", Severity.ERROR, node, field,
                    "'" + IdentityRules.printable(code) + "' is not an ISO 4217 currency code;"
                            + " use three capital letters such as EUR, USD or KES"));
        } else if (used != null && !seen[at]) {
            seen[at] = true;
            used.put(code, new String[] {node, field});
        }
    }
}
