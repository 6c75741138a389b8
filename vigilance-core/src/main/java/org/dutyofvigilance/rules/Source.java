package org.dutyofvigilance.rules;

import java.util.Objects;

/**
 * A source the rules of a rule set rest on: a short key (as in {@code obligations.md}) and where to find it.
 * Obligations cite sources by key; the loader rejects a key the rule set does not define.
 *
 * @param key       short key, e.g. {@code KIEHL-15}
 * @param reference address or bibliographic reference
 */
public record Source(String key, String reference) {
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reference, "reference");
    }
}
