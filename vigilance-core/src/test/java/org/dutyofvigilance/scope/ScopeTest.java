package org.dutyofvigilance.scope;

import static org.dutyofvigilance.testing.ChainFixtures.company;
import static org.dutyofvigilance.testing.ChainFixtures.france;
import static org.dutyofvigilance.testing.ChainFixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.rules.Regime;
import org.dutyofvigilance.testing.ChainFixtures;
import org.junit.jupiter.api.Test;

class ScopeTest {
    private static ScopeAssessment assess(ReportingCompany c) {
        return Scope.assess(ChainBuilder.forCompany(c, ChainFixtures.FY2025, "EUR").build());
    }

    private static ScopeAssessment eu(int employees, int turnoverMillions) {
        return assess(company("FR", List.of(year(2024, employees, turnoverMillions),
                year(2025, employees, turnoverMillions))));
    }

    private static void applies(ScopeAssessment s, String timeline, String from) {
        RegimeScope r = s.timeline(timeline).orElseThrow();
        assertEquals(ScopeStatus.APPLIES, r.status(), r.reasons().toString());
        assertEquals(Optional.of(LocalDate.parse(from)), r.from());
    }

    private static void doesNotApply(ScopeAssessment s, String timeline) {
        RegimeScope r = s.timeline(timeline).orElseThrow();
        assertEquals(ScopeStatus.DOES_NOT_APPLY, r.status(), r.reasons().toString());
        assertEquals(Optional.empty(), r.from());
    }

    @Test
    void firstWaveCompanyFollowsEachCsdddTimeline() {
        ScopeAssessment s = eu(6000, 2000);
        applies(s, "csddd-2024-1760", "2027-07-26");
        applies(s, "csddd-2025-794", "2028-07-26");
        applies(s, "csddd-2026-470", "2029-07-26");
        assertTrue(s.current(Regime.CSDDD).orElseThrow().timeline().equals("csddd-2026-470"));
        assertEquals("scope.csddd.met", s.timeline("csddd-2026-470").orElseThrow().reasons().get(1).key());
    }

    @Test
    void secondWaveCompanyIsOutOfTheAmendedDirective() {
        ScopeAssessment s = eu(3500, 1000);
        applies(s, "csddd-2024-1760", "2028-07-26");
        applies(s, "csddd-2025-794", "2028-07-26");
        doesNotApply(s, "csddd-2026-470");
    }

    @Test
    void thirdWaveCompanyAppliesOnlyUnderTheOriginalThresholds() {
        ScopeAssessment s = eu(1200, 500);
        applies(s, "csddd-2024-1760", "2029-07-26");
        applies(s, "csddd-2025-794", "2029-07-26");
        doesNotApply(s, "csddd-2026-470");
    }

    @Test
    void companyUnderEveryThresholdIsOutOfEveryTimeline() {
        ScopeAssessment s = eu(900, 2000);
        doesNotApply(s, "csddd-2024-1760");
        doesNotApply(s, "csddd-2025-794");
        doesNotApply(s, "csddd-2026-470");
    }

    @Test
    void amendedThresholdsAreStrictlyAbove() {
        doesNotApply(eu(5000, 2000), "csddd-2026-470");
        doesNotApply(eu(6000, 1500), "csddd-2026-470");
        applies(eu(5001, 1501), "csddd-2026-470", "2029-07-26");
    }

    @Test
    void thresholdsMustBeMetInTwoConsecutiveYears() {
        ScopeAssessment s = assess(company("FR", List.of(year(2024, 4000, 2000), year(2025, 6000, 2000))));
        doesNotApply(s, "csddd-2026-470");
        ScopeAssessment gap = assess(company("FR", List.of(year(2023, 6000, 2000), year(2025, 6000, 2000))));
        RegimeScope r = gap.timeline("csddd-2026-470").orElseThrow();
        assertEquals(ScopeStatus.CANNOT_DETERMINE, r.status());
        assertEquals("scope.years.missing", r.reasons().get(1).key());
        assertEquals("Thresholds are tested over the last two consecutive financial years; years disclosed: 2025, 2023.",
                r.reasons().get(1).text().en());
    }

    @Test
    void missingFigureGivesCannotDetermineWithTheReason() {
        ScopeAssessment s = assess(company("FR", List.of(year(2024, null, 2000), year(2025, 6000, 2000))));
        RegimeScope r = s.current(Regime.CSDDD).orElseThrow();
        assertEquals(ScopeStatus.CANNOT_DETERMINE, r.status());
        assertTrue(r.reasons().stream().anyMatch(e -> e.text().en().equals("Not disclosed: employees worldwide for 2024.")),
                r.reasons().toString());
    }

    @Test
    void turnoverInAnotherCurrencyIsConvertedWithTheChainsRate() {
        ReportingCompany c = company("FR", List.of(
                new FinancialYear(2024, Optional.empty(), Optional.empty(), Optional.of(6000),
                        Optional.of(Money.of("1700000000", "USD")), Optional.empty()),
                new FinancialYear(2025, Optional.empty(), Optional.empty(), Optional.of(6000),
                        Optional.of(Money.of("1700000000", "USD")), Optional.empty())));
        ChainOfActivities withRate = ChainBuilder.forCompany(c, ChainFixtures.FY2025, "EUR")
                .exchangeRate(new ExchangeRate("USD", "EUR", new BigDecimal("0.92"), LocalDate.of(2025, 12, 31), "ECB"))
                .build();
        // 1.7bn USD × 0.92 = 1.564bn EUR > 1.5bn
        assertEquals(ScopeStatus.APPLIES, Scope.assess(withRate).status(Regime.CSDDD));
        ChainOfActivities lowRate = ChainBuilder.forCompany(c, ChainFixtures.FY2025, "EUR")
                .exchangeRate(new ExchangeRate("EUR", "USD", new BigDecimal("1.25"), LocalDate.of(2025, 12, 31), "ECB"))
                .build();
        // 1.7bn / 1.25 = 1.36bn EUR: not above 1.5bn
        assertEquals(ScopeStatus.DOES_NOT_APPLY, Scope.assess(lowRate).status(Regime.CSDDD));
        ScopeAssessment noRate = Scope.assess(ChainBuilder.forCompany(c, ChainFixtures.FY2025, "EUR").build());
        RegimeScope r = noRate.current(Regime.CSDDD).orElseThrow();
        assertEquals(ScopeStatus.CANNOT_DETERMINE, r.status());
        assertTrue(r.reasons().stream().anyMatch(e -> e.key().equals("scope.rate.missing")
                && e.text().en().equals("No exchange rate USD→EUR in the chain to convert the net worldwide turnover for 2024.")),
                r.reasons().toString());
    }

    @Test
    void nonEuCompanyIsTestedOnItsEuTurnover() {
        FinancialYear y = new FinancialYear(2024, Optional.empty(), Optional.empty(), Optional.of(100),
                Optional.empty(), Optional.of(Money.of("1600000000", "EUR")));
        FinancialYear y2 = new FinancialYear(2025, Optional.empty(), Optional.empty(), Optional.of(100),
                Optional.empty(), Optional.of(Money.of("1600000000", "EUR")));
        ScopeAssessment s = assess(company("US", List.of(y, y2)));
        applies(s, "csddd-2026-470", "2029-07-26");
        assertEquals("scope.csddd.non-eu", s.current(Regime.CSDDD).orElseThrow().reasons().get(0).key());
        assertEquals(ScopeStatus.DOES_NOT_APPLY, s.status(Regime.FR_DUTY_OF_VIGILANCE));
    }

    @Test
    void csrdReporterIsToldItIsExemptFromTheArticle16Statement() {
        ReportingCompany c = company("FR", List.of(year(2024, 6000, 2000), year(2025, 6000, 2000)), Optional.of(true),
                Optional.empty(), Optional.empty());
        RegimeScope r = assess(c).current(Regime.CSDDD).orElseThrow();
        assertTrue(r.reasons().stream().anyMatch(e -> e.key().equals("scope.csddd.csrd-exemption")));
    }

    @Test
    void frenchDutyAppliesFrom5000InFranceOr10000Worldwide() {
        assertEquals(ScopeStatus.APPLIES, assess(company("FR", List.of(france(2024, 5000, 6000), france(2025, 5200, 6000))))
                .status(Regime.FR_DUTY_OF_VIGILANCE));
        assertEquals(ScopeStatus.APPLIES, assess(company("FR", List.of(france(2024, 100, 10000), france(2025, 100, 12000))))
                .status(Regime.FR_DUTY_OF_VIGILANCE));
        ScopeAssessment under = assess(company("FR", List.of(france(2024, 4999, 9999), france(2025, 4999, 9999))));
        assertEquals(ScopeStatus.DOES_NOT_APPLY, under.status(Regime.FR_DUTY_OF_VIGILANCE));
        assertEquals(ScopeStatus.CANNOT_DETERMINE,
                assess(company("FR", List.of(france(2024, null, 9999), france(2025, 6000, 9999))))
                        .status(Regime.FR_DUTY_OF_VIGILANCE));
        RegimeScope fr = assess(company("FR", List.of(france(2024, 5000, 6000), france(2025, 5200, 6000))))
                .current(Regime.FR_DUTY_OF_VIGILANCE).orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2017, 3, 27)), fr.from());
        assertTrue(fr.reasons().get(0).text().fr().startsWith("À la clôture de deux exercices consécutifs"));
    }

    @Test
    void frenchDutyDoesNotApplyToAForeignCompany() {
        RegimeScope r = assess(company("DE", List.of(france(2024, 6000, 20000), france(2025, 6000, 20000))))
                .current(Regime.FR_DUTY_OF_VIGILANCE).orElseThrow();
        assertEquals(ScopeStatus.DOES_NOT_APPLY, r.status());
        assertEquals("scope.fr.foreign", r.reasons().get(0).key());
    }

    private static FinancialYear germany(int year, Integer employees) {
        return new FinancialYear(year, Optional.empty(), Optional.ofNullable(employees), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void lksgAppliesFrom2023Or2024ByEmployeesInGermany() {
        assertEquals(Optional.of(LocalDate.of(2023, 1, 1)), assess(company("DE", List.of(germany(2025, 3000))))
                .current(Regime.LKSG).orElseThrow().from());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), assess(company("DE", List.of(germany(2025, 1000))))
                .current(Regime.LKSG).orElseThrow().from());
        assertEquals(ScopeStatus.DOES_NOT_APPLY, assess(company("DE", List.of(germany(2025, 999)))).status(Regime.LKSG));
        assertEquals(ScopeStatus.CANNOT_DETERMINE, assess(company("DE", List.of(germany(2025, null)))).status(Regime.LKSG));
    }

    @Test
    void platformWorkDirectiveAppliesOnlyToWorkPerformedInTheEu() {
        ReportingCompany c = ChainFixtures.largeFrenchBuyer();
        ChainOfActivities kenya = ChainFixtures.flagshipLike(c).build();
        assertEquals(ScopeStatus.DOES_NOT_APPLY, Scope.assess(kenya).status(Regime.PLATFORM_WORK));
        ChainOfActivities spain = ChainFixtures.flagshipLike(c)
                .workforce(ChainFixtures.segment("raters", "platform", "ES", null, null, List.of())).build();
        RegimeScope r = Scope.assess(spain).current(Regime.PLATFORM_WORK).orElseThrow();
        assertEquals(ScopeStatus.APPLIES, r.status());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), r.from());
        ChainOfActivities unknown = ChainFixtures.flagshipLike(c)
                .workforce(ChainFixtures.segment("raters", "platform", null, null, null, List.of())).build();
        assertEquals(ScopeStatus.CANNOT_DETERMINE, Scope.assess(unknown).status(Regime.PLATFORM_WORK));
    }

    @Test
    void esrsS2FollowsTheCsrdReporterFlag() {
        List<FinancialYear> years = List.of(year(2024, 6000, 2000), year(2025, 6000, 2000));
        assertEquals(ScopeStatus.APPLIES, assess(company("FR", years, Optional.of(true), Optional.empty(),
                Optional.empty())).status(Regime.ESRS_S2));
        assertEquals(ScopeStatus.DOES_NOT_APPLY, assess(company("FR", years, Optional.of(false), Optional.empty(),
                Optional.empty())).status(Regime.ESRS_S2));
        assertEquals(ScopeStatus.CANNOT_DETERMINE, assess(company("FR", years)).status(Regime.ESRS_S2));
    }
}
