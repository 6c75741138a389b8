package org.dutyofvigilance.check;

import java.util.Objects;

/**
 * One result of the structural check: a stable rule code, how serious it is, the node and field it points
 * at, and a message a compliance analyst understands.
 *
 * @param rule     stable code, e.g. {@code STRUCT-DANGLING-REFERENCE}
 * @param severity how serious
 * @param nodeId   id of the node concerned ({@code $} for the document itself)
 * @param field    path of the field within the node, e.g. {@code pay.amount}
 * @param message  what is wrong and what to do
 */
public record Finding(String rule, Severity severity, String nodeId, String field, String message) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
