package org.dutyofvigilance.plan;

import java.util.Objects;

/**
 * One question of the per-supplier data requests shown in the completeness section: whom to ask, what, on
 * which node, on which legal grounds, and where it stands under the CSRD value-chain cap.
 *
 * <p>Made by {@link PlanInputs} from the completeness stage's data requests and passed in with
 * {@link PlanSources#withDataRequests}.
 *
 * @param supplierId id of the entity asked
 * @param nodeId     the node the fact is about (the entity, one of its contracts, segments or mechanisms)
 * @param question   the question, in English and French
 * @param grounds    the obligations behind it (rule ids and articles)
 * @param cap        the value-chain cap tag, as a label
 * @param refusable  whether the supplier may refuse it under the cap
 */
public record DataRequestLine(String supplierId, String nodeId, PlanValue question, PlanValue grounds, PlanValue cap,
        boolean refusable) {
    public DataRequestLine {
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(cap, "cap");
    }
}
