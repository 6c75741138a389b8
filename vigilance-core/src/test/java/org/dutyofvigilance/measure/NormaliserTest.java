package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.junit.jupiter.api.Test;

class NormaliserTest {
    private final Conventions k = Conventions.defaults();

    private Normaliser normaliser(ChainOfActivities chain) {
        return new Normaliser(chain, k);
    }

    private static BigDecimal r4(BigDecimal v) {
        return v.setScale(4, java.math.RoundingMode.HALF_EVEN);
    }

    @Test
    void pieceRateBecomesHourlyWithTaskTime() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        Pay pay = new Pay(new BigDecimal("0.83"), "EUR", PayUnit.TASK, Optional.of(new BigDecimal("54")));
        Maybe<Money> h = n.hourly(pay, TestChains.hours("45"), "s");
        assertEquals(new BigDecimal("0.9222"), r4(h.value().amount()));
        assertEquals("EUR", h.value().currency());
    }

    @Test
    void pieceRateFallsBackOnSecondsPerItem() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        Pay pay = Pay.of("0.05", "USD", PayUnit.TASK);
        Maybe<Money> h = n.hourly(pay, TestChains.conditions("40", null, null, 50, null, null, null, null), "s");
        assertEquals(new BigDecimal("3.6000"), r4(h.value().amount()));
    }

    @Test
    void annualFromTheHourlyAlreadyComputedIsTheSameValue() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        var conditions = TestChains.conditions("40", null, null, 7, null, null, null, null);
        for (Pay pay : java.util.List.of(
                new Pay(new BigDecimal("0.83"), "EUR", PayUnit.TASK, Optional.of(new BigDecimal("7"))),
                Pay.of("0.05", "USD", PayUnit.TASK), Pay.of("3", "EUR", PayUnit.DAY), Pay.of("1.5", "USD", PayUnit.HOUR),
                Pay.of("250", "EUR", PayUnit.MONTH), Pay.of("9000", "EUR", PayUnit.YEAR))) {
            Maybe<Money> direct = n.annual(pay, conditions, "s");
            Maybe<Money> reused = n.annual(pay, conditions, "s", n.hourly(pay, conditions, "s"));
            assertEquals(direct.value(), reused.value(), pay.toString()); // same digits, same scale
        }
        Pay noTime = Pay.of("0.83", "EUR", PayUnit.TASK);
        Maybe<Money> reused = n.annual(noTime, TestChains.hours("45"), "s",
                n.hourly(noTime, TestChains.hours("45"), "s"));
        assertEquals(n.annual(noTime, TestChains.hours("45"), "s").reason(), reused.reason());
    }

    @Test
    void pieceRateWithoutTaskTimeIsUnknownWithReason() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        Maybe<Money> h = n.hourly(Pay.of("0.83", "EUR", PayUnit.TASK), TestChains.hours("45"), "s");
        assertFalse(h.known());
        assertTrue(h.reason().contains("time per task of s not disclosed"), h.reason());
    }

    @Test
    void monthlyAndDailyPayBecomeHourlyAndAnnual() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        // 3 EUR a day, 5 days a week, 45 hours a week: 15 / 45 = 0.3333 EUR/h; 3 × 5 × 52 = 780 EUR a year
        Pay daily = Pay.of("3", "EUR", PayUnit.DAY);
        assertEquals(new BigDecimal("0.3333"), r4(n.hourly(daily, TestChains.hours("45"), "s").value().amount()));
        assertEquals(0, new BigDecimal("780").compareTo(n.annual(daily, TestChains.hours("45"), "s").value().amount()));
        // 250 EUR a month, 45 h a week: 3000 / (45 × 52) = 1.2821 EUR/h
        Pay monthly = Pay.of("250", "EUR", PayUnit.MONTH);
        assertEquals(new BigDecimal("1.2821"), r4(n.hourly(monthly, TestChains.hours("45"), "s").value().amount()));
        // 1.5 USD/h at 45 h: 1.5 × 45 × 52 = 3510 a year, 292.5 a month
        Pay hourly = Pay.of("1.5", "USD", PayUnit.HOUR);
        assertEquals(0, new BigDecimal("3510").compareTo(n.annual(hourly, TestChains.hours("45"), "s").value().amount()));
        assertEquals(0, new BigDecimal("292.5").compareTo(n.monthly(hourly, TestChains.hours("45"), "s").value().amount()));
    }

    @Test
    void unknownHoursGiveUnknownUnlessAConventionIsSet() {
        ChainOfActivities chain = TestChains.builder("EUR").build();
        Pay hourly = Pay.of("1.5", "USD", PayUnit.HOUR);
        Maybe<Money> a = normaliser(chain).annual(hourly, TestChains.hours(null), "seg-x");
        assertFalse(a.known());
        assertEquals("hours per week of seg-x not disclosed", a.reason());
        Normaliser assumed = new Normaliser(chain, k.withFallbackHoursPerWeek(new BigDecimal("40")));
        assertEquals(0, new BigDecimal("3120").compareTo(assumed.annual(hourly, TestChains.hours(null), "seg-x")
                .value().amount()));
        // a yearly salary needs no hours to be annual
        assertTrue(normaliser(chain).annual(Pay.of("200000", "EUR", PayUnit.YEAR), TestChains.hours(null), "s").known());
    }

    @Test
    void directAndInverseRatesConvertAndAMissingRateIsUnknown() {
        ChainOfActivities chain = TestChains.builder("EUR")
                .exchangeRate(TestChains.rate("USD", "EUR", "0.92"))
                .exchangeRate(TestChains.rate("EUR", "KES", "150"))
                .build();
        Normaliser n = normaliser(chain);
        assertEquals(0, new BigDecimal("11.04").compareTo(n.toReport(Money.of("12", "USD")).value().amount()));
        assertEquals(0, new BigDecimal("100").compareTo(n.toReport(Money.of("15000", "KES")).value().amount()));
        Maybe<Money> php = n.toReport(Money.of("695", "PHP"));
        assertFalse(php.known());
        assertEquals("no exchange rate PHP→EUR (direct or inverse) in the chain's exchangeRates", php.reason());
    }

    @Test
    void aCrossRateGoesThroughTheReportCurrency() {
        ChainOfActivities chain = TestChains.builder("EUR")
                .exchangeRate(TestChains.rate("USD", "EUR", "0.92"))
                .exchangeRate(TestChains.rate("KES", "EUR", "0.0066"))
                .build();
        Maybe<Money> usd = normaliser(chain).convert(Money.of("10000", "KES"), "USD");
        // 10,000 KES × 0.0066 = 66 EUR; 66 EUR ÷ 0.92 = 71.7391 USD
        assertEquals(new BigDecimal("71.7391"), r4(usd.value().amount()));
        assertTrue(normaliser(chain).rate("KES", "USD").value().provenance().startsWith("via EUR"));
    }

    @Test
    void benchmarkPerHourUsesItsOwnWeek() {
        Normaliser n = normaliser(TestChains.builder("EUR").build());
        ReferenceWage smic = ReferenceWages.shipped().byId("FR-SMIC-2024").orElseThrow();
        assertEquals(new BigDecimal("1801.8000"), r4(n.monthly(smic).value().amount()));
    }
}
