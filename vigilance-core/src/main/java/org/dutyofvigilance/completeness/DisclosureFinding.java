package org.dutyofvigilance.completeness;

import java.util.Objects;
import java.util.OptionalInt;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Regime;
import org.dutyofvigilance.rules.Severity;
import org.dutyofvigilance.rules.Text;

/**
 * One obligation × one node × one required fact: whether it is disclosed. A value with stable keys (rule id,
 * node id, field), so ERP code can store and diff findings between years. Listed in
 * {@link CompletenessReport#findings()}.
 *
 * @param ruleId         the obligation's id, e.g. {@code CSDDD-2026-ART14-ACCESS}
 * @param ruleSetId      the rule set it comes from
 * @param ruleSetVersion that rule set's version label
 * @param regime         the regime
 * @param citation       the article, e.g. {@code Art. 14(2)}
 * @param severity       the obligation's severity
 * @param nodeKind       the kind of node
 * @param nodeId         the node's id
 * @param entityId       the entity the node belongs to (the supplier to ask)
 * @param tier           that entity's tier, empty when it is not connected to the company
 * @param field          the fact key, e.g. {@code segment.pay}; empty for "not applicable" findings
 * @param status         the disclosure status
 * @param detail         why, in English and French
 */
public record DisclosureFinding(String ruleId, String ruleSetId, String ruleSetVersion, Regime regime, String citation,
        Severity severity, NodeKind nodeKind, String nodeId, String entityId, OptionalInt tier, String field,
        DisclosureStatus status, Text detail) {
    public DisclosureFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(nodeKind, "nodeKind");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
