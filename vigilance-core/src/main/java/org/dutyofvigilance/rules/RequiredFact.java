package org.dutyofvigilance.rules;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A fact an obligation needs disclosed for each node it applies to, optionally with a maximum age: a date
 * fact older than that many months at the end of the reporting period makes the finding "stale" (e.g. the
 * policy review, at least every 24 months under CSDDD Art 7). Written in rule files as a fact key string or
 * as {@code {"fact": "...", "maxAgeMonths": 24}} ({@code {"param": "name"}} in place of the number).
 *
 * @param path         the compiled fact key
 * @param maxAgeMonths the maximum age of a date fact, when the obligation sets one
 */
public record RequiredFact(FactPath path, OptionalInt maxAgeMonths) {
    public RequiredFact {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(maxAgeMonths, "maxAgeMonths");
    }

    /** The fact key as written. */
    public String key() {
        return path.key();
    }
}
