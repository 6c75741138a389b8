package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.util.List;
import org.dutyofvigilance.model.ChainOfActivities;

/** Resolves a position in one of the chain's top-level lists to the id of the node found there. */
final class NodeIds {
    private NodeIds() {
    }

    static String idAt(ChainOfActivities chain, String list, int index) {
        return switch (list) {
            case "businessPartners" -> at(chain.businessPartners(), index, p -> p.id());
            case "relationships" -> at(chain.relationships(), index, r -> r.id());
            case "workforceSegments" -> at(chain.workforceSegments(), index, s -> s.id());
            case "grievanceMechanisms" -> at(chain.grievanceMechanisms(), index, g -> g.id());
            case "incidents" -> at(chain.incidents(), index, i -> i.id());
            case "actions" -> at(chain.actions(), index, a -> a.id());
            case "stakeholderConsultations" -> at(chain.stakeholderConsultations(), index, c -> c.id());
            case "monitoringIndicators" -> at(chain.monitoringIndicators(), index, m -> m.id());
            case "evidence" -> at(chain.evidence(), index, e -> e.id());
            case "environmentalFacts" -> at(chain.environmentalFacts(), index, e -> "environmentalFacts[" + e.entity() + "]");
            case "exchangeRates" -> at(chain.exchangeRates(), index, r -> "exchangeRates[" + r.from() + "->" + r.to() + "]");
            default -> null;
        };
    }

    private static <T> String at(List<T> list, int index, java.util.function.Function<T, String> id) {
        return index >= 0 && index < list.size() ? id.apply(list.get(index)) : null;
    }
}
