package org.dutyofvigilance.plan;

import java.util.Objects;

/**
 * One result of the completeness check shown in the plan: an obligation of a rule set, the node it was
 * checked on, and whether the disclosure meets it.
 *
 * <p>The integrator maps each {@code completeness.DisclosureFinding} to one of these (labels for the
 * regime, severity and status; the bilingual detail as {@link PlanValue.Translated}) and passes the list with
 * {@link PlanSources#withObligationFindings}. The plan lists them in the completeness section.
 *
 * @param ruleId   stable id of the obligation, e.g. {@code FR-VIG-4}
 * @param regime   the regime, as a label
 * @param citation the article it rests on, e.g. {@code L. 225-102-4}
 * @param severity how serious a gap is, as a label
 * @param nodeId   id of the node checked ({@code $} for the document)
 * @param field    the fact checked
 * @param status   disclosed, partly disclosed, missing, stale…, as a label
 * @param detail   what is missing or why it is met
 */
public record ObligationFinding(String ruleId, PlanValue regime, String citation, PlanValue severity, String nodeId,
        String field, PlanValue status, PlanValue detail) {
    public ObligationFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
