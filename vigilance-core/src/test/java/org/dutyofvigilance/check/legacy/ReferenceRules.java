package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PartnerRole;

/**
 * The graph: exactly one reporting company at the root, every reference resolves, no relationship from an
 * entity to itself, no loop, every partner connected to the company.
 */
final class ReferenceRules {
    private ReferenceRules() {
    }

    static void check(ChainOfActivities chain, ChainGraph graph, List<Finding> out) {
        Set<String> entities = new HashSet<>();
        chain.businessPartners().forEach(p -> entities.add(p.id()));
        Set<String> segments = new HashSet<>();
        chain.workforceSegments().forEach(s -> segments.add(s.id()));
        Set<String> mechanisms = new HashSet<>();
        chain.grievanceMechanisms().forEach(g -> mechanisms.add(g.id()));
        Set<String> all = new HashSet<>(entities);
        all.addAll(segments);
        all.addAll(mechanisms);
        chain.relationships().forEach(r -> all.add(r.id()));
        chain.incidents().forEach(i -> all.add(i.id()));
        chain.actions().forEach(a -> all.add(a.id()));
        chain.stakeholderConsultations().forEach(c -> all.add(c.id()));
        chain.monitoringIndicators().forEach(m -> all.add(m.id()));

        checkRoot(chain, graph, out);
        for (BusinessRelationship r : chain.relationships()) {
            ref(out, r.id(), "customer", r.customer(), entities, "business partner");
            ref(out, r.id(), "supplier", r.supplier(), entities, "business partner");
            if (r.customer().equals(r.supplier())) {
                out.add(new Finding("STRUCT-SELF-REFERENCE", Severity.ERROR, r.id(), "supplier",
                        "relationship '" + r.id() + "' makes '" + r.customer()
                                + "' its own supplier; a relationship links two different entities"));
            }
        }
        chain.workforceSegments().forEach(s -> {
            ref(out, s.id(), "entity", s.entity(), entities, "business partner");
            for (int i = 0; i < s.grievanceMechanisms().size(); i++) {
                ref(out, s.id(), "grievanceMechanisms[" + i + "]", s.grievanceMechanisms().get(i), mechanisms,
                        "grievance mechanism");
            }
        });
        chain.grievanceMechanisms().forEach(g -> ref(out, g.id(), "operator", g.operator(), entities, "business partner"));
        chain.incidents().forEach(i -> {
            ref(out, i.id(), "entity", i.entity(), entities, "business partner");
            i.segment().ifPresent(s -> ref(out, i.id(), "segment", s, segments, "workforce segment"));
        });
        for (int i = 0; i < chain.environmentalFacts().size(); i++) {
            String entity = chain.environmentalFacts().get(i).entity();
            ref(out, "environmentalFacts[" + entity + "]", "entity", entity, entities, "business partner");
        }
        Set<String> targets = new HashSet<>(entities);
        targets.addAll(segments);
        chain.actions().forEach(a -> ref(out, a.id(), "target", a.target(), targets, "business partner or workforce segment"));
        chain.stakeholderConsultations().forEach(c -> c.entity()
                .ifPresent(e -> ref(out, c.id(), "entity", e, entities, "business partner")));
        chain.evidence().forEach(e -> ref(out, e.id(), "subject", e.subject(), all, "node"));

        graph.findCycle().ifPresent(loop -> out.add(new Finding("STRUCT-CYCLE", Severity.ERROR, loop.get(0),
                "relationships", "the relationships form a loop: " + describeLoop(loop)
                        + "; a chain of activities flows one way from the reporting company to its suppliers")));
        for (BusinessPartner p : chain.businessPartners()) {
            if (graph.relation(p.id()) == PartnerRelation.UNCONNECTED && entities.contains(chain.reportingCompany().entityId())) {
                out.add(new Finding("STRUCT-UNCONNECTED", Severity.WARNING, p.id(), "id",
                        "business partner '" + p.id() + "' is not linked to the reporting company by any relationship;"
                                + " add the relationship that connects it, or remove it"));
            }
        }
    }

    private static String describeLoop(List<String> loop) {
        if (loop.size() <= 12) {
            return String.join(" -> ", loop);
        }
        return String.join(" -> ", loop.subList(0, 5)) + " -> ... (" + (loop.size() - 10) + " more) ... -> "
                + String.join(" -> ", loop.subList(loop.size() - 5, loop.size())) + " (" + (loop.size() - 1)
                + " entities)";
    }

    private static void checkRoot(ChainOfActivities chain, ChainGraph graph, List<Finding> out) {
        String rootId = chain.reportingCompany().entityId();
        List<BusinessPartner> buyers = chain.businessPartners().stream().filter(p -> p.role() == PartnerRole.BUYER).toList();
        BusinessPartner root = graph.partner(rootId).orElse(null);
        if (root == null) {
            out.add(new Finding("STRUCT-ROOT", Severity.ERROR, rootId, "reportingCompany.entityId",
                    "the reporting company's entity '" + rootId + "' is not among the business partners;"
                            + " add it with role 'buyer'"));
        } else if (root.role() != PartnerRole.BUYER) {
            out.add(new Finding("STRUCT-ROOT", Severity.ERROR, rootId, "role",
                    "the reporting company's entity must have role 'buyer', not '" + root.role().name().toLowerCase() + "'"));
        }
        if (buyers.size() > 1) {
            out.add(new Finding("STRUCT-ROOT", Severity.ERROR, buyers.get(1).id(), "role",
                    "there are " + buyers.size() + " entities with role 'buyer' (" + buyers.stream().limit(5)
                            .map(BusinessPartner::id).toList() + (buyers.size() > 5 ? "..." : "")
                            + "); exactly one, the reporting company, may have it"));
        }
        if (root != null && !graph.customersOf(rootId).isEmpty()) {
            out.add(new Finding("STRUCT-ROOT", Severity.ERROR, rootId, "relationships",
                    "the reporting company is the supplier in relationship '" + graph.customersOf(rootId).get(0).id()
                            + "'; it must be the root of its chain of activities"));
        }
    }

    private static void ref(List<Finding> out, String nodeId, String field, String target, Set<String> known,
            String kind) {
        if (!known.contains(target)) {
            out.add(new Finding("STRUCT-DANGLING-REFERENCE", Severity.ERROR, nodeId, field,
                    field + " refers to " + kind + " '" + IdentityRules.printable(target)
                            + "', which is not in the file; fix the id or add the " + kind));
        }
    }
}
