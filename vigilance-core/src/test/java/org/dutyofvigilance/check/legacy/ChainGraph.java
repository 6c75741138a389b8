package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.graph.PartnerRelation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * The chain of activities seen as a graph: entities are nodes, relationships are edges from customer to
 * supplier. Gives each entity its tier and its relation to the reporting company (direct or indirect
 * partner), the workforce at each entity, and the paths from the company to any entity.
 *
 * <p>Built once per chain with {@link #of(ChainOfActivities)}; immutable and safe to share between threads.
 * Tiers count contract hops that leave the company's own group: the company and its subsidiaries are tier
 * 0, direct partners tier 1, their suppliers tier 2, and so on (shortest path). Dangling references are
 * ignored here; the structural check reports them.
 */
public final class ChainGraph {
    private final ChainOfActivities chain;
    private final Map<String, BusinessPartner> partners;
    private final Map<String, List<BusinessRelationship>> suppliersOf;
    private final Map<String, List<BusinessRelationship>> customersOf;
    private final Map<String, List<WorkforceSegment>> segmentsAt;
    private final Map<String, Integer> tiers;
    private final Map<String, Integer> subsidiaryDepth;

    private ChainGraph(ChainOfActivities chain) {
        this.chain = chain;
        Map<String, BusinessPartner> byId = new HashMap<>(chain.businessPartners().size() * 2);
        for (BusinessPartner p : chain.businessPartners()) {
            byId.putIfAbsent(p.id(), p);
        }
        this.partners = byId;
        Map<String, List<BusinessRelationship>> out = new HashMap<>();
        Map<String, List<BusinessRelationship>> in = new HashMap<>();
        for (BusinessRelationship r : chain.relationships()) {
            out.computeIfAbsent(r.customer(), k -> new ArrayList<>(2)).add(r);
            in.computeIfAbsent(r.supplier(), k -> new ArrayList<>(2)).add(r);
        }
        this.suppliersOf = freeze(out);
        this.customersOf = freeze(in);
        Map<String, List<WorkforceSegment>> seg = new HashMap<>();
        for (WorkforceSegment s : chain.workforceSegments()) {
            seg.computeIfAbsent(s.entity(), k -> new ArrayList<>(2)).add(s);
        }
        this.segmentsAt = freeze(seg);
        this.subsidiaryDepth = new HashMap<>();
        this.tiers = computeTiers();
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    /** Builds the graph of a chain. */
    public static ChainGraph of(ChainOfActivities chain) {
        return new ChainGraph(chain);
    }

    /** The chain this graph was built from. */
    public ChainOfActivities chain() {
        return chain;
    }

    /** Id of the reporting company's entity. */
    public String rootId() {
        return chain.reportingCompany().entityId();
    }

    /** The entity with this id. */
    public Optional<BusinessPartner> partner(String id) {
        return Optional.ofNullable(partners.get(id));
    }

    /** Relationships in which this entity is the customer (edges to its suppliers). */
    public List<BusinessRelationship> suppliersOf(String entityId) {
        return suppliersOf.getOrDefault(entityId, List.of());
    }

    /** Relationships in which this entity is the supplier (edges from its customers). */
    public List<BusinessRelationship> customersOf(String entityId) {
        return customersOf.getOrDefault(entityId, List.of());
    }

    /** Workforce segments at this entity. */
    public List<WorkforceSegment> segmentsAt(String entityId) {
        return segmentsAt.getOrDefault(entityId, List.of());
    }

    /** The entity's tier (0 for the company and its subsidiaries), empty when it is not connected. */
    public OptionalInt tier(String entityId) {
        Integer t = tiers.get(entityId);
        return t == null ? OptionalInt.empty() : OptionalInt.of(t);
    }

    /** The deepest tier in the chain. */
    public int maxTier() {
        int max = 0;
        for (int t : tiers.values()) {
            max = Math.max(max, t);
        }
        return max;
    }

    /** How the entity relates to the reporting company. */
    public PartnerRelation relation(String entityId) {
        if (entityId.equals(rootId())) {
            return PartnerRelation.OWN_OPERATIONS;
        }
        Integer t = tiers.get(entityId);
        if (t == null) {
            return PartnerRelation.UNCONNECTED;
        }
        if (t == 0) {
            return PartnerRelation.SUBSIDIARY;
        }
        return t == 1 ? PartnerRelation.DIRECT : PartnerRelation.INDIRECT;
    }

    private Map<String, Integer> computeTiers() {
        Map<String, Integer> result = new HashMap<>(partners.size() * 2);
        // 0-1 BFS: an edge into a subsidiary reached from the company's own group costs 0, any other edge 1.
        ArrayDeque<String> queue = new ArrayDeque<>();
        String root = rootId();
        result.put(root, 0);
        queue.add(root);
        while (!queue.isEmpty()) {
            String id = queue.pollFirst();
            int tier = result.get(id);
            for (BusinessRelationship r : suppliersOf(id)) {
                String next = r.supplier();
                BusinessPartner p = partners.get(next);
                boolean ownGroup = tier == 0 && p != null && p.role() == PartnerRole.SUBSIDIARY;
                int nextTier = ownGroup ? 0 : tier + 1;
                Integer known = result.get(next);
                if (known == null || nextTier < known) {
                    result.put(next, nextTier);
                    if (ownGroup) {
                        queue.addFirst(next);
                    } else {
                        queue.addLast(next);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Paths of relationships from the reporting company down to the given entity, at most {@code limit} of
     * them (a DAG can hold exponentially many). Each path lists the relationships in order, company first.
     */
    public List<List<BusinessRelationship>> pathsTo(String entityId, int limit) {
        List<List<BusinessRelationship>> found = new ArrayList<>();
        ArrayDeque<BusinessRelationship> stack = new ArrayDeque<>();
        walkUp(entityId, stack, found, limit, 0);
        return found;
    }

    private void walkUp(String id, ArrayDeque<BusinessRelationship> stack, List<List<BusinessRelationship>> found,
            int limit, int depth) {
        if (found.size() >= limit || depth > partners.size()) {
            return;
        }
        if (id.equals(rootId())) {
            found.add(List.copyOf(stack));
            return;
        }
        for (BusinessRelationship r : customersOf(id)) {
            if (!tiers.containsKey(r.customer())) {
                continue;
            }
            stack.addFirst(r);
            walkUp(r.customer(), stack, found, limit, depth + 1);
            stack.removeFirst();
            if (found.size() >= limit) {
                return;
            }
        }
    }

    /**
     * A loop in the relationships, if any: the ids of the entities on it, the first repeated at the end
     * (e.g. {@code [a, b, c, a]}). Iterative, so a loop of any length is found without deep recursion.
     */
    public Optional<List<String>> findCycle() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        Map<String, String> parent = new HashMap<>();
        // Start from the entities in file order, then from customers that are not entities (dangling ids):
        // deterministic for a given input without sorting every id.
        List<String> starts = new ArrayList<>(chain.businessPartners().size() + 8);
        chain.businessPartners().forEach(p -> starts.add(p.id()));
        for (BusinessRelationship r : chain.relationships()) {
            if (!partners.containsKey(r.customer())) {
                starts.add(r.customer());
            }
        }
        for (String start : starts) {
            if (state.containsKey(start)) {
                continue;
            }
            ArrayDeque<String> nodes = new ArrayDeque<>();
            ArrayDeque<Integer> next = new ArrayDeque<>();
            nodes.push(start);
            next.push(0);
            state.put(start, 1);
            while (!nodes.isEmpty()) {
                String node = nodes.peek();
                int i = next.pop();
                List<BusinessRelationship> edges = suppliersOf(node);
                if (i < edges.size()) {
                    next.push(i + 1);
                    String child = edges.get(i).supplier();
                    Integer s = state.get(child);
                    if (s == null) {
                        state.put(child, 1);
                        parent.put(child, node);
                        nodes.push(child);
                        next.push(0);
                    } else if (s == 1) {
                        List<String> loop = new ArrayList<>();
                        loop.add(child);
                        for (String at = node; !at.equals(child); at = parent.get(at)) {
                            loop.add(at);
                        }
                        loop.add(child);
                        Collections.reverse(loop);
                        return Optional.of(List.copyOf(loop));
                    }
                } else {
                    state.put(node, 2);
                    nodes.pop();
                }
            }
        }
        return Optional.empty();
    }
}
