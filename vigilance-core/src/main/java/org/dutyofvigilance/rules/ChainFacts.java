package org.dutyofvigilance.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * A chain of activities indexed once for the rules: its nodes grouped by kind, and the look-ups behind the
 * derived fact keys ({@code partner.actions}, {@code partner.segments}, …) and behind evidence. Build one
 * per chain with {@link #of(ChainOfActivities)} and test any number of obligations against it; immutable
 * and safe to share between threads.
 */
public final class ChainFacts {
    private final ChainOfActivities chain;
    private final ChainGraph graph;
    private final Map<NodeKind, List<FactNode>> nodes;
    private final Map<String, List<Action>> actionsByTarget;
    private final Map<String, List<StakeholderConsultation>> consultationsByEntity;
    private final Map<String, List<GrievanceMechanism>> mechanismsByOperator;
    private final Map<String, List<Incident>> incidentsByEntity;
    private final Map<String, List<Incident>> incidentsBySegment;
    private final Map<String, List<Evidence>> evidenceBySubject;

    private ChainFacts(ChainGraph graph) {
        this.graph = graph;
        this.chain = graph.chain();
        this.actionsByTarget = group(chain.actions(), Action::target);
        this.consultationsByEntity = group(chain.stakeholderConsultations(), c -> c.entity().orElse(null));
        this.mechanismsByOperator = group(chain.grievanceMechanisms(), GrievanceMechanism::operator);
        this.incidentsByEntity = group(chain.incidents(), Incident::entity);
        this.incidentsBySegment = group(chain.incidents(), i -> i.segment().orElse(null));
        this.evidenceBySubject = group(chain.evidence(), Evidence::subject);
        Map<NodeKind, List<FactNode>> byKind = new EnumMap<>(NodeKind.class);
        // where each entity sits, worked out once per entity and shared by the nodes that belong to it
        Map<String, Place> places = new HashMap<>(chain.businessPartners().size() * 2);
        List<FactNode> partners = new ArrayList<>(chain.businessPartners().size());
        for (BusinessPartner p : chain.businessPartners()) {
            Place place = places.computeIfAbsent(p.id(),
                    id -> new Place(Optional.ofNullable(p.role()), graph.relation(id), graph.tier(id)));
            partners.add(new FactNode(NodeKind.PARTNER, p.id(), p, p.id(), place.role, place.relation, place.tier,
                    partners.size()));
        }
        String root = chain.reportingCompany().entityId();
        byKind.put(NodeKind.COMPANY, List.of(node(places, NodeKind.COMPANY, root, chain.reportingCompany(), root, 0)));
        byKind.put(NodeKind.PARTNER, List.copyOf(partners));
        List<FactNode> relationships = new ArrayList<>(chain.relationships().size());
        for (BusinessRelationship r : chain.relationships()) {
            relationships.add(node(places, NodeKind.RELATIONSHIP, r.id(), r, r.supplier(), relationships.size()));
        }
        byKind.put(NodeKind.RELATIONSHIP, List.copyOf(relationships));
        List<FactNode> segments = new ArrayList<>(chain.workforceSegments().size());
        for (WorkforceSegment s : chain.workforceSegments()) {
            segments.add(node(places, NodeKind.SEGMENT, s.id(), s, s.entity(), segments.size()));
        }
        byKind.put(NodeKind.SEGMENT, List.copyOf(segments));
        List<FactNode> mechanisms = new ArrayList<>(chain.grievanceMechanisms().size());
        for (GrievanceMechanism m : chain.grievanceMechanisms()) {
            mechanisms.add(node(places, NodeKind.MECHANISM, m.id(), m, m.operator(), mechanisms.size()));
        }
        byKind.put(NodeKind.MECHANISM, List.copyOf(mechanisms));
        this.nodes = Collections.unmodifiableMap(byKind);
    }

    /** Evidence whose subject is this node. */
    public List<Evidence> evidenceFor(FactNode node) {
        return evidenceBySubject.isEmpty() ? List.of() : evidenceFor(node.id());
    }

    /** Indexes a chain (builds its {@link ChainGraph}). */
    public static ChainFacts of(ChainOfActivities chain) {
        return new ChainFacts(ChainGraph.of(chain));
    }

    /** Indexes a chain whose graph is already built. */
    public static ChainFacts of(ChainGraph graph) {
        return new ChainFacts(graph);
    }

    private FactNode node(Map<String, Place> places, NodeKind kind, String id, Object value, String entityId,
            int index) {
        Place place = places.get(entityId);
        if (place == null) { // not a partner of the chain: no role
            Optional<PartnerRole> role = graph.partner(entityId).map(BusinessPartner::role);
            return new FactNode(kind, id, value, entityId, role, graph.relation(entityId), graph.tier(entityId),
                    index);
        }
        return new FactNode(kind, id, value, entityId, place.role, place.relation, place.tier, index);
    }

    /** The role, relation and tier of one entity (the first partner with its id, as {@link ChainGraph#partner}). */
    private record Place(Optional<PartnerRole> role, PartnerRelation relation, OptionalInt tier) {
    }


    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> map = new HashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>(2)).add(item);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /** The chain. */
    public ChainOfActivities chain() {
        return chain;
    }

    /** The chain's graph. */
    public ChainGraph graph() {
        return graph;
    }

    /** The nodes of a kind, in the chain's order. */
    public List<FactNode> nodes(NodeKind kind) {
        return nodes.get(kind);
    }

    /** Evidence whose subject is this node id. */
    public List<Evidence> evidenceFor(String nodeId) {
        return evidenceBySubject.getOrDefault(nodeId, List.of());
    }

    List<Action> actionsTargeting(String id) {
        return actionsByTarget.getOrDefault(id, List.of());
    }

    List<StakeholderConsultation> consultationsAbout(String entityId) {
        return consultationsByEntity.getOrDefault(entityId, List.of());
    }

    List<GrievanceMechanism> mechanismsOperatedBy(String entityId) {
        return mechanismsByOperator.getOrDefault(entityId, List.of());
    }

    List<Incident> incidentsAt(String entityId) {
        return incidentsByEntity.getOrDefault(entityId, List.of());
    }

    List<Incident> incidentsOfSegment(String segmentId) {
        return incidentsBySegment.getOrDefault(segmentId, List.of());
    }
}
