package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One value shown in the plan, kept as data (a number stays a number, a date a date) so that each renderer
 * formats it for its own language.
 *
 * <p>{@link NotDisclosed} and {@link Withheld} are values too: an unknown fact is shown as "not disclosed",
 * never as zero, and a confidential one as "withheld in the public edition".
 */
public sealed interface PlanValue {

    /** Text taken verbatim from the input (names, descriptions); never translated. */
    record Text(String text) implements PlanValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A label looked up by key in the renderer's messages, e.g. {@code PartnerRole.VENDOR}. */
    record Label(String key) implements PlanValue {
        public Label {
            Objects.requireNonNull(key, "key");
        }
    }

    /** A message with arguments, e.g. key {@code unit.hoursPerWeek} with pattern "{0} h/week". */
    record Message(String key, List<PlanValue> args) implements PlanValue {
        public Message {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    /** A decimal number, shown with as many decimals as it was given. */
    record Decimal(BigDecimal value) implements PlanValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A whole count. */
    record Count(long value) implements PlanValue {
    }

    /** A share, as a fraction (0.125 is shown as 12.5 %). */
    record Share(BigDecimal fraction) implements PlanValue {
        public Share {
            Objects.requireNonNull(fraction, "fraction");
        }
    }

    /**
     * An amount of money, optionally per unit.
     *
     * @param amount   the amount
     * @param currency ISO 4217 code
     * @param perKey   message key of the unit ({@code RateUnit.WORKER_HOUR}, {@code PayUnit.HOUR}), or empty text
     */
    record Amount(BigDecimal amount, String currency, String perKey) implements PlanValue {
        public Amount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(perKey, "perKey");
        }
    }

    /** A calendar date. */
    record Date(LocalDate date) implements PlanValue {
        public Date {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A yes/no fact. */
    record YesNo(boolean value) implements PlanValue {
    }

    /** Several values shown as one list. */
    record Joined(List<PlanValue> values) implements PlanValue {
        public Joined {
            values = List.copyOf(values);
        }
    }

    /** The fact was not disclosed. Never shown as zero. */
    record NotDisclosed() implements PlanValue {
    }

    /** The fact is confidential and left out of the public edition. */
    record Withheld() implements PlanValue {
    }

    /** The one "not disclosed" value. */
    PlanValue NOT_DISCLOSED = new NotDisclosed();
    /** The one "withheld" value. */
    PlanValue WITHHELD = new Withheld();
    /** Nothing to show (an empty cell, not an unknown fact). */
    PlanValue EMPTY = new Text("");

    /** Verbatim text. */
    static PlanValue text(String text) {
        return new Text(text);
    }

    /** A label by message key. */
    static PlanValue label(String key) {
        return new Label(key);
    }

    /** The label of an enum constant: key {@code SimpleClassName.CONSTANT}. */
    static PlanValue label(Enum<?> constant) {
        return new Label(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** A message with arguments. */
    static PlanValue message(String key, PlanValue... args) {
        return new Message(key, List.of(args));
    }
}
