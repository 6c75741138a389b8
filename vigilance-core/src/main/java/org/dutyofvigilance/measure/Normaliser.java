package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.WorkingConditions;

/**
 * Money into the report currency with the chain's own exchange rates, and pay in any unit into hourly,
 * monthly and annual equivalents. Unknown in, unknown out, with the reason; never zero.
 */
final class Normaliser {
    static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Conventions conventions;
    private final MathContext mc;
    private final String reportCurrency;
    private final Map<String, ExchangeRate> rates;

    Normaliser(ChainOfActivities chain, Conventions conventions) {
        this.conventions = conventions;
        this.mc = conventions.mathContext();
        this.reportCurrency = chain.reportCurrency().toUpperCase(java.util.Locale.ROOT);
        Map<String, ExchangeRate> byPair = new HashMap<>();
        // When several rates are given for a pair, the latest date wins, then the smallest source text.
        Comparator<ExchangeRate> newer = Comparator.comparing(ExchangeRate::date).thenComparing(ExchangeRate::source,
                Comparator.reverseOrder());
        for (ExchangeRate r : chain.exchangeRates()) {
            if (r.rate().signum() <= 0) {
                continue;
            }
            String key = key(r.from(), r.to());
            byPair.merge(key, r, (a, b) -> newer.compare(a, b) >= 0 ? a : b);
        }
        this.rates = byPair;
    }

    private static String key(String from, String to) {
        return from.toUpperCase(java.util.Locale.ROOT) + ">" + to.toUpperCase(java.util.Locale.ROOT);
    }

    String reportCurrency() {
        return reportCurrency;
    }

    Conventions conventions() {
        return conventions;
    }

    MathContext mc() {
        return mc;
    }

    /** Rates already worked out, by source then target currency (a chain has few currencies, many amounts). */
    private final Map<String, Map<String, Maybe<Conversion>>> known = new java.util.HashMap<>();

    /**
     * The rate used to convert from one currency to another, with its provenance, or why there is none.
     * Worked out once per pair of currencies; not thread-safe (one normaliser per measurement).
     */
    Maybe<Conversion> rate(String from, String to) {
        Map<String, Maybe<Conversion>> byTarget = known.get(from);
        if (byTarget == null) {
            byTarget = new java.util.HashMap<>();
            known.put(from, byTarget);
        }
        Maybe<Conversion> r = byTarget.get(to);
        if (r == null) {
            r = computeRate(from, to);
            byTarget.put(to, r);
        }
        return r;
    }

    private Maybe<Conversion> computeRate(String from, String to) {
        Maybe<Conversion> simple = simpleRate(from, to);
        if (simple.known() || from.equalsIgnoreCase(reportCurrency) || to.equalsIgnoreCase(reportCurrency)) {
            return simple;
        }
        // cross rate through the report currency, the one currency every stated rate is likely to touch
        Maybe<Conversion> in = simpleRate(from, reportCurrency);
        Maybe<Conversion> out = simpleRate(reportCurrency, to);
        if (in.known() && out.known()) {
            return Maybe.of(new Conversion(in.value().rate().multiply(out.value().rate(), mc),
                    "via " + reportCurrency + ": " + in.value().provenance() + "; " + out.value().provenance()));
        }
        return simple;
    }

    private Maybe<Conversion> simpleRate(String from, String to) {
        if (from.equalsIgnoreCase(to)) {
            return Maybe.of(new Conversion(BigDecimal.ONE, "same currency"));
        }
        ExchangeRate direct = rates.get(key(from, to));
        if (direct != null) {
            return Maybe.of(new Conversion(direct.rate(), describe(direct, false)));
        }
        ExchangeRate inverse = rates.get(key(to, from));
        if (inverse != null) {
            return Maybe.of(new Conversion(BigDecimal.ONE.divide(inverse.rate(), mc), describe(inverse, true)));
        }
        boolean viaReport = !from.equalsIgnoreCase(reportCurrency) && !to.equalsIgnoreCase(reportCurrency);
        return Maybe.unknown("no exchange rate " + from.toUpperCase(java.util.Locale.ROOT) + "→"
                + to.toUpperCase(java.util.Locale.ROOT) + (viaReport ? " (direct, inverse or through "
                        + reportCurrency + ")" : " (direct or inverse)") + " in the chain's exchangeRates");
    }

    private static String describe(ExchangeRate r, boolean inverse) {
        return (inverse ? "inverse of " : "") + "1 " + r.from() + " = " + r.rate().toPlainString() + " " + r.to()
                + " on " + r.date() + " (" + r.source() + ")";
    }

    /** An amount converted into another currency. */
    Maybe<Money> convert(Money money, String to) {
        if (money.currency().equals(to)
                && (mc.getPrecision() == 0 || money.amount().precision() <= mc.getPrecision())) {
            return Maybe.of(money); // the rate is one: the product is the same number, at the same scale
        }
        return rate(money.currency(), to).map(c -> new Money(money.amount().multiply(c.rate(), mc), to));
    }

    /** An amount converted into the report currency. */
    Maybe<Money> toReport(Money money) {
        return convert(money, reportCurrency);
    }

    /** Weekly hours of a segment: disclosed, else the conventional fallback, else unknown. */
    Maybe<BigDecimal> hoursPerWeek(WorkingConditions c, String segmentId) {
        if (c.hoursPerWeek().isPresent() && c.hoursPerWeek().get().signum() > 0) {
            return Maybe.of(c.hoursPerWeek().get());
        }
        return conventions.fallbackHoursPerWeek().<Maybe<BigDecimal>>map(Maybe::of)
                .orElseGet(() -> Maybe.unknown("hours per week of " + segmentId + " not disclosed"));
    }

    /** Time one task takes, in hours: the pay's task minutes, else the seconds allowed per item. */
    Maybe<BigDecimal> taskHours(Pay pay, WorkingConditions c, String segmentId) {
        if (pay.taskMinutes().isPresent() && pay.taskMinutes().get().signum() > 0) {
            // a chain has few distinct task times: each is divided once (equal keys: same value and scale)
            return hoursPerTask.computeIfAbsent(pay.taskMinutes().get(), m -> Maybe.of(m.divide(SIXTY, mc)));
        }
        return taskHours(c, segmentId);
    }

    /** Hours per task by task minutes, and by seconds per item, once worked out. */
    private final Map<BigDecimal, Maybe<BigDecimal>> hoursPerTask = new java.util.HashMap<>();
    private final Map<Integer, Maybe<BigDecimal>> hoursPerItem = new java.util.HashMap<>();

    /** Time one task takes, in hours, from the seconds allowed per item. */
    Maybe<BigDecimal> taskHours(WorkingConditions c, String segmentId) {
        if (c.secondsPerItem().isPresent() && c.secondsPerItem().get() > 0) {
            return hoursPerItem.computeIfAbsent(c.secondsPerItem().get(),
                    sec -> Maybe.of(BigDecimal.valueOf(sec).divide(SECONDS_PER_HOUR, mc)));
        }
        return Maybe.unknown("time per task of " + segmentId + " not disclosed (pay.taskMinutes or secondsPerItem)");
    }

    /** Hours worked in a year: weekly hours × weeks per year. */
    Maybe<BigDecimal> hoursPerYear(WorkingConditions c, String segmentId) {
        return hoursPerWeek(c, segmentId).map(h -> h.multiply(conventions.weeksPerYear(), mc));
    }

    /** Pay per hour, in the pay's own currency. */
    Maybe<Money> hourly(Pay pay, WorkingConditions c, String segmentId) {
        BigDecimal a = pay.amount();
        Conventions k = conventions;
        Maybe<BigDecimal> amount = switch (pay.per()) {
            case HOUR -> Maybe.of(a);
            case TASK -> taskHours(pay, c, segmentId).map(t -> a.divide(t, mc));
            case DAY -> hoursPerWeek(c, segmentId).map(h -> a.multiply(k.workingDaysPerWeek(), mc).divide(h, mc));
            case MONTH -> hoursPerYear(c, segmentId).map(h -> a.multiply(k.monthsPerYear(), mc).divide(h, mc));
            case YEAR -> hoursPerYear(c, segmentId).map(h -> a.divide(h, mc));
        };
        return amount.map(v -> new Money(v, pay.currency()));
    }

    /** Pay per year, in the pay's own currency. */
    Maybe<Money> annual(Pay pay, WorkingConditions c, String segmentId) {
        BigDecimal a = pay.amount();
        Conventions k = conventions;
        Maybe<BigDecimal> amount = switch (pay.per()) {
            case YEAR -> Maybe.of(a);
            case MONTH -> Maybe.of(a.multiply(k.monthsPerYear(), mc));
            case DAY -> Maybe.of(a.multiply(k.workingDaysPerWeek(), mc).multiply(k.weeksPerYear(), mc));
            case HOUR -> hoursPerYear(c, segmentId).map(h -> a.multiply(h, mc));
            case TASK -> hourly(pay, c, segmentId).flatMap(
                    m -> hoursPerYear(c, segmentId).map(h -> m.amount().multiply(h, mc)));
        };
        return amount.map(v -> new Money(v, pay.currency()));
    }

    /**
     * {@link #annual(Pay, WorkingConditions, String)} given the pay per hour {@link #hourly} gave for the same
     * pay: a piece rate's year is its hourly pay times the hours of a year, so the division is not done twice.
     */
    Maybe<Money> annual(Pay pay, WorkingConditions c, String segmentId, Maybe<Money> hourly) {
        if (pay.per() != PayUnit.TASK) {
            return annual(pay, c, segmentId);
        }
        return hourly.flatMap(m -> hoursPerYear(c, segmentId).map(h -> m.amount().multiply(h, mc)))
                .map(v -> new Money(v, pay.currency()));
    }

    /** Pay per month, in the pay's own currency. */
    Maybe<Money> monthly(Pay pay, WorkingConditions c, String segmentId) {
        return annual(pay, c, segmentId).map(m -> new Money(m.amount().divide(conventions.monthsPerYear(), mc),
                m.currency()));
    }

    /** A benchmark per month, in its own currency. */
    Maybe<Money> monthly(ReferenceWage w) {
        Conventions k = conventions;
        BigDecimal a = w.amount();
        Maybe<BigDecimal> amount = switch (w.period()) {
            case MONTH -> Maybe.of(a);
            case YEAR -> Maybe.of(a.divide(k.monthsPerYear(), mc));
            case DAY -> Maybe.of(a.multiply(k.workingDaysPerWeek(), mc).multiply(k.weeksPerYear(), mc)
                    .divide(k.monthsPerYear(), mc));
            case HOUR -> w.hoursPerWeek().or(k::fallbackHoursPerWeek)
                    .<Maybe<BigDecimal>>map(h -> Maybe.of(a.multiply(h, mc).multiply(k.weeksPerYear(), mc)
                            .divide(k.monthsPerYear(), mc)))
                    .orElseGet(() -> Maybe.unknown("benchmark " + w.id() + " is per hour without hoursPerWeek"));
            case TASK -> Maybe.unknown("benchmark " + w.id() + " is per task");
        };
        return amount.map(v -> new Money(v, w.currency()));
    }

    /** Converts amounts of several currencies into one: their common currency, else the report currency. */
    String commonCurrency(List<String> currencies) {
        String first = null;
        for (String c : currencies) {
            if (first == null) {
                first = c;
            } else if (!first.equalsIgnoreCase(c)) {
                return reportCurrency;
            }
        }
        return first == null ? reportCurrency : first.toUpperCase(java.util.Locale.ROOT);
    }

    static String text(Money m, Conventions k) {
        return k.round(m.amount()).stripTrailingZeros().toPlainString() + " " + m.currency();
    }

    static String text(Pay p) {
        return p.amount().toPlainString() + " " + p.currency() + " per " + p.per().name().toLowerCase(java.util.Locale.ROOT)
                + p.taskMinutes().map(t -> " (" + t.toPlainString() + " min per task)").orElse("");
    }

    static <T> String text(Optional<T> fact) {
        return fact.map(Object::toString).orElse("not disclosed");
    }

    /** An exchange rate and a description of where it comes from. */
    record Conversion(BigDecimal rate, String provenance) {
    }

    static boolean isPieceRate(Pay p) {
        return p.per() == PayUnit.TASK;
    }
}
