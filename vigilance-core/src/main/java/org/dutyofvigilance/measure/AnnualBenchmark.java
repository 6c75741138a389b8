package org.dutyofvigilance.measure;

import java.util.Objects;

/**
 * A wage benchmark (living or minimum wage) turned into an annual amount in the report currency, with the
 * benchmark it comes from so a reader can see its place, year, source and whether it is a proxy. Made by
 * {@link Measures#annualBenchmark}.
 *
 * @param benchmark the reference wage chosen for the country and year
 * @param annual    its annual amount in the report currency (unit: the currency code), or unknown with the reason
 */
public record AnnualBenchmark(ReferenceWage benchmark, Quantity annual) {
    public AnnualBenchmark {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(annual, "annual");
    }
}
