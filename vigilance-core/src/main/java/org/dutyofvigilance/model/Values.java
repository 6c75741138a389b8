package org.dutyofvigilance.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Normalisation shared by the model's compact constructors: absent collections become empty, absent facts become {@link Optional#empty()}. */
final class Values {
    private Values() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> Optional<T> fact(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> "required field '" + field + "' is missing");
    }

    static String requiredText(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("required field '" + field + "' is blank");
        }
        return value;
    }
}
