package org.dutyofvigilance.measure;

import java.util.Objects;

/**
 * One input of an indicator, as shown in the derivation of the plan: what it is, its value as text, and the
 * fact or parameter it was read from.
 *
 * @param name  what it is, e.g. {@code "hourly pay"}
 * @param value the value as text, e.g. {@code "1.5 USD/HOUR"} or {@code "not disclosed"}
 * @param from  where it comes from: a fact path such as {@code seg-ke.pay}, a parameter such as
 *              {@code parameters.harmfulContentHoursPerDayLimit}, or a reference-data id
 */
public record Input(String name, String value, String from) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
    }
}
