package org.dutyofvigilance.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.PartnerRole;

/**
 * One node of a chain as the rules see it: its kind, id, the model record, and where it sits (the entity it
 * belongs to, that entity's role, relation to the reporting company and tier). Made by {@link ChainFacts};
 * obligations are tested against nodes.
 *
 * @param kind     the kind of node
 * @param id       the node's id in the chain
 * @param value    the model record ({@code ReportingCompany}, {@code BusinessPartner}, {@code WorkforceSegment}…)
 * @param entityId the entity the node belongs to: itself for entities, the supplier for relationships, the
 *                 employer for segments, the operator for mechanisms
 * @param role     the role of that entity, empty when the entity is not in the chain
 * @param relation how that entity relates to the reporting company
 * @param tier     the tier of that entity, empty when it is not connected
 * @param index    the node's position in {@link ChainFacts#nodes(NodeKind)} for its kind
 */
public record FactNode(NodeKind kind, String id, Object value, String entityId, Optional<PartnerRole> role,
        PartnerRelation relation, OptionalInt tier, int index) {
    public FactNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(tier, "tier");
    }
}
