package org.dutyofvigilance.measure;

import java.util.Objects;
import java.util.function.Function;

/** An intermediate result that is known or unknown with a reason; the internal twin of {@link Quantity}. */
record Maybe<T>(T value, String reason) {
    Maybe {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("known xor unknown");
        }
    }

    static <T> Maybe<T> of(T value) {
        return new Maybe<>(Objects.requireNonNull(value), null);
    }

    static <T> Maybe<T> unknown(String reason) {
        return new Maybe<>(null, reason);
    }

    boolean known() {
        return value != null;
    }

    <R> Maybe<R> map(Function<? super T, ? extends R> f) {
        return known() ? Maybe.of(f.apply(value)) : Maybe.unknown(reason);
    }

    <R> Maybe<R> flatMap(Function<? super T, Maybe<R>> f) {
        return known() ? f.apply(value) : Maybe.unknown(reason);
    }
}
