package org.dutyofvigilance.check;

import java.util.List;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * The graph: exactly one reporting company at the root, every reference resolves, no relationship from an
 * entity to itself, no loop, every partner connected to the company.
 */
final class ReferenceRules {
    private ReferenceRules() {
    }

    static void check(ChainOfActivities chain, ChainGraph graph, IdIndex ids, List<Finding> out) {
        checkRoot(chain, graph, out);
        // the graph of this very chain has resolved the relationships and segments already: no look-up
        boolean resolved = graph.chain() == chain;
        List<BusinessRelationship> relationships = chain.relationships();
        for (int k = 0, n = relationships.size(); k < n; k++) {
            BusinessRelationship r = relationships.get(k);
            if (resolved ? !graph.customerIsPartner(k) : !ids.has(r.customer(), IdIndex.PARTNER)) {
                dangling(out, r.id(), "customer", r.customer(), "business partner");
            }
            if (resolved ? !graph.supplierIsPartner(k) : !ids.has(r.supplier(), IdIndex.PARTNER)) {
                dangling(out, r.id(), "supplier", r.supplier(), "business partner");
            }
            if (r.customer().equals(r.supplier())) {
                out.add(new Finding("STRUCT-SELF-REFERENCE", Severity.ERROR, r.id(), "supplier",
                        "relationship '" + r.id() + "' makes '" + r.customer()
                                + "' its own supplier; a relationship links two different entities"));
            }
        }
        List<WorkforceSegment> segments = chain.workforceSegments();
        for (int k = 0, n = segments.size(); k < n; k++) {
            WorkforceSegment s = segments.get(k);
            if (resolved ? !graph.segmentEntityIsPartner(k) : !ids.has(s.entity(), IdIndex.PARTNER)) {
                dangling(out, s.id(), "entity", s.entity(), "business partner");
            }
            List<String> mechanisms = s.grievanceMechanisms();
            for (int i = 0, m = mechanisms.size(); i < m; i++) {
                String target = mechanisms.get(i);
                if (!ids.has(target, IdIndex.MECHANISM)) {
                    dangling(out, s.id(), "grievanceMechanisms[" + i + "]", target, "grievance mechanism");
                }
            }
        }
        for (GrievanceMechanism g : chain.grievanceMechanisms()) {
            ref(out, ids, g.id(), "operator", g.operator(), IdIndex.PARTNER, "business partner");
        }
        for (Incident i : chain.incidents()) {
            ref(out, ids, i.id(), "entity", i.entity(), IdIndex.PARTNER, "business partner");
            if (i.segment().isPresent()) {
                ref(out, ids, i.id(), "segment", i.segment().get(), IdIndex.SEGMENT, "workforce segment");
            }
        }
        for (EnvironmentalFacts e : chain.environmentalFacts()) {
            String entity = e.entity();
            if (!ids.has(entity, IdIndex.PARTNER)) {
                dangling(out, "environmentalFacts[" + entity + "]", "entity", entity, "business partner");
            }
        }
        for (Action a : chain.actions()) {
            ref(out, ids, a.id(), "target", a.target(), IdIndex.PARTNER | IdIndex.SEGMENT,
                    "business partner or workforce segment");
        }
        for (StakeholderConsultation c : chain.stakeholderConsultations()) {
            if (c.entity().isPresent()) {
                ref(out, ids, c.id(), "entity", c.entity().get(), IdIndex.PARTNER, "business partner");
            }
        }
        for (Evidence e : chain.evidence()) {
            ref(out, ids, e.id(), "subject", e.subject(), IdIndex.ANY_NODE, "node");
        }

        graph.findCycle().ifPresent(loop -> out.add(new Finding("STRUCT-CYCLE", Severity.ERROR, loop.get(0),
                "relationships", "the relationships form a loop: " + describeLoop(loop)
                        + "; a chain of activities flows one way from the reporting company to its suppliers")));
        if (ids.has(chain.reportingCompany().entityId(), IdIndex.PARTNER)) {
            List<BusinessPartner> partners = chain.businessPartners();
            for (int k = 0, n = partners.size(); k < n; k++) {
                BusinessPartner p = partners.get(k);
                PartnerRelation relation = resolved ? graph.relationOfPartnerAt(k) : graph.relation(p.id());
                if (relation == PartnerRelation.UNCONNECTED) {
                    out.add(new Finding("STRUCT-UNCONNECTED", Severity.WARNING, p.id(), "id",
                            "business partner '" + p.id() + "' is not linked to the reporting company by any relationship;"
                                    + " add the relationship that connects it, or remove it"));
                }
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

    private static void ref(List<Finding> out, IdIndex ids, String nodeId, String field, String target, int kinds,
            String kind) {
        if (!ids.has(target, kinds)) {
            dangling(out, nodeId, field, target, kind);
        }
    }

    private static void dangling(List<Finding> out, String nodeId, String field, String target, String kind) {
        out.add(new Finding("STRUCT-DANGLING-REFERENCE", Severity.ERROR, nodeId, field,
                field + " refers to " + kind + " '" + IdentityRules.printable(target)
                        + "', which is not in the file; fix the id or add the " + kind));
    }
}
