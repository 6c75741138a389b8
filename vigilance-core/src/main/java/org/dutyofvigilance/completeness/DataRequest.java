package org.dutyofvigilance.completeness;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Text;

/**
 * One question to one supplier: a fact to disclose (or to re-evidence) for one of its nodes, the obligations
 * behind it, and where it stands under the CSRD value-chain cap. Produced by {@link DataRequests#from}.
 *
 * @param supplierId   id of the entity asked
 * @param supplierName its legal name (empty when the entity is not in the chain)
 * @param tier         its tier, empty when not connected
 * @param nodeKind     the kind of node the fact is about
 * @param nodeId       the node (the entity itself, one of its contracts, segments or mechanisms)
 * @param field        the fact key
 * @param status       the worst status among the findings behind it (missing, partly disclosed, stale)
 * @param cap          the value-chain cap tag
 * @param refusable    whether the supplier may refuse under the cap: above the cap and requested only for
 *                     rule sets the cap governs (CSRD/ESRS)
 * @param grounds      the obligations behind it, sorted by rule id
 * @param question     the question, in English and French
 */
public record DataRequest(String supplierId, String supplierName, OptionalInt tier, NodeKind nodeKind, String nodeId,
        String field, DisclosureStatus status, CapTag cap, boolean refusable, List<Ground> grounds, Text question) {
    public DataRequest {
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(nodeKind, "nodeKind");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(cap, "cap");
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(question, "question");
    }
}
