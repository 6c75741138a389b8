package org.dutyofvigilance.measure;

import java.util.Optional;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * The compact form of one indicator, as the engine keeps it: what the risk map needs (code, subject, entity,
 * value, status) and where to recompute the words from (the group it belongs to). The statement, formula,
 * inputs and sources are built only when the indicator is read ({@link IndicatorEngine#materialise}).
 */
final class Entry {
    final String code;
    final String subject;
    /** The value when it is known, else null (the reason is rebuilt with the words: {@link #value()}). */
    final java.math.BigDecimal amount;
    final String unit;
    final IndicatorStatus status;
    /** Which engine method recomputes the words, and with what. */
    final byte kind;
    final Object a;
    final Object b;
    /**
     * Sort key of the subject, or -1 when subjects are compared as text: rank × 4 + universe (0 segment id,
     * 1 entity id, 2 segment id + "@", 3 segment id + ":"); equal keys are then ordered by subject.
     */
    final int key;
    /** 0, or n for the n-th indicator with the same code and subject ({@code #n} in the id). */
    int dup;
    /** 0, or n when n earlier indicators of the same group had the same code and subject. */
    byte nth;
    /** Place in the list sorted by id. */
    int pos;

    Entry(String code, String subject, Quantity value, IndicatorStatus status, byte kind, Object a, Object b,
            int key) {
        this.code = code;
        this.subject = subject;
        this.amount = value.value().orElse(null);
        this.unit = value.unit();
        this.status = status;
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.key = key;
    }

    /** The value; when unknown, its reason is rebuilt by recomputing the indicator with {@code engine}. */
    Quantity value(IndicatorEngine engine) {
        return amount != null ? Quantity.known(amount, unit) : engine.materialise(this).value();
    }

    /**
     * Id of the entity in the risk map, or null for a chain-wide indicator: the entity of the group the entry
     * was computed in (kept as the group, not as a field, to keep entries small).
     */
    String entity() {
        return switch (kind) {
            case IndicatorEngine.K_HOURLY, IndicatorEngine.K_WAGE, IndicatorEngine.K_PSYCHO,
                    IndicatorEngine.K_OPACITY, IndicatorEngine.K_PASS -> ((WorkforceSegment) a).entity();
            case IndicatorEngine.K_ENTITY, IndicatorEngine.K_FAIRWORK, IndicatorEngine.K_PAI,
                    IndicatorEngine.K_ALGO -> ((BusinessPartner) a).id();
            case IndicatorEngine.K_PATH_RATIO, IndicatorEngine.K_ENV, IndicatorEngine.K_MINERAL -> (String) a;
            case IndicatorEngine.K_EQUAL -> ((java.util.List<?>) b).isEmpty() ? null
                    : ((WorkforceSegment) ((java.util.List<?>) b).get(0)).entity();
            default -> null;
        };
    }

    /** The value when known, without building anything. */
    Optional<java.math.BigDecimal> known() {
        return Optional.ofNullable(amount);
    }

    String id() {
        String id = code + ":" + subject;
        return dup == 0 ? id : id + "#" + dup;
    }


}
