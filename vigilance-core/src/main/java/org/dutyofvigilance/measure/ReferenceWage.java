package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.model.PayUnit;

/**
 * One wage benchmark: a minimum or living wage for a country (and optionally a region), with its source.
 * The shipped set is {@link ReferenceWages#shipped()}; callers add or replace entries by id.
 *
 * @param id           stable id, e.g. {@code "KE-MW-2024"}
 * @param country      ISO 3166-1 alpha-2 code
 * @param region       the city or region it applies to, when it is not national
 * @param amount       the amount, as published
 * @param currency     ISO 4217 code
 * @param period       per hour, day, month or year ({@code TASK} is not allowed)
 * @param year         the year it applies from
 * @param kind         minimum or living wage
 * @param source       URL or reference of the source
 * @param proxy        whether it stands in for a benchmark that does not exist for the place (e.g. another town)
 * @param preferred    whether it is the default benchmark for its country and kind when several exist
 * @param hoursPerWeek the working week the amount is for; needed for amounts per hour
 * @param note         what a reader should know (uncertainty, scope)
 */
public record ReferenceWage(
        String id,
        String country,
        Optional<String> region,
        BigDecimal amount,
        String currency,
        PayUnit period,
        int year,
        WageKind kind,
        String source,
        boolean proxy,
        boolean preferred,
        Optional<BigDecimal> hoursPerWeek,
        Optional<String> note) {
    public ReferenceWage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        region = region == null ? Optional.empty() : region;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        hoursPerWeek = hoursPerWeek == null ? Optional.empty() : hoursPerWeek;
        note = note == null ? Optional.empty() : note;
        if (period == PayUnit.TASK) {
            throw new IllegalArgumentException("reference wage " + id + ": a benchmark cannot be per task");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("reference wage " + id + ": amount must be positive");
        }
    }

    /** Where it applies, e.g. {@code "KE"} or {@code "KE (Naivasha)"}. */
    public String place() {
        return region.map(r -> country + " (" + r + ")").orElse(country);
    }
}
