package org.dutyofvigilance.graph;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
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
 *
 * <p>Inside, every id that occurs as a partner, a customer, a supplier, a segment's entity or the root is
 * numbered once (partners first, in file order) and the graph is held in arrays indexed by those numbers;
 * the lists returned are read-only views over shared arrays.
 */
public final class ChainGraph {
    private final ChainOfActivities chain;
    private final String rootId;
    private final IdTable ids;
    /** Nodes {@code 0 .. partnerCount-1} are the partners, numbered in file order (first occurrence). */
    private final int partnerCount;
    private final BusinessPartner[] partners;
    /** Per position in the chain's list of partners: its node. */
    private final int[] partnerNode;
    private final int rootNode;
    /** Per relationship (file order): the node of its customer and of its supplier. */
    private final int[] customerNode;
    private final int[] supplierNode;
    /** Out-edges (to suppliers) of node n: {@code outEdges[outStart[n] .. outStart[n+1]-1]}. */
    private final int[] outStart;
    private final BusinessRelationship[] outEdges;
    private final int[] outTarget;
    /** In-edges (from customers) of node n, the same way. */
    private final int[] inStart;
    private final BusinessRelationship[] inEdges;
    private final int[] inSource;
    /** Per position in the chain's list of segments: the node of its entity. */
    private final int[] segmentNode;
    /** Segments at node n. */
    private final int[] segStart;
    private final WorkforceSegment[] segments;
    /** Tier per node, {@code -1} when not connected. */
    private final int[] tiers;
    private final int maxTier;

    private ChainGraph(ChainOfActivities chain) {
        this.chain = chain;
        this.rootId = chain.reportingCompany().entityId();
        List<BusinessPartner> partnerList = chain.businessPartners();
        List<BusinessRelationship> relationships = chain.relationships();
        List<WorkforceSegment> segmentList = chain.workforceSegments();
        IdTable table = new IdTable(partnerList.size() + 16);
        BusinessPartner[] first = new BusinessPartner[partnerList.size()];
        this.partnerNode = new int[partnerList.size()];
        for (int i = 0, n = partnerList.size(); i < n; i++) {
            BusinessPartner p = partnerList.get(i);
            int node = table.add(p.id());
            partnerNode[i] = node;
            if (first[node] == null) {
                first[node] = p;
            }
        }
        this.partnerCount = table.size();
        this.partners = partnerCount == first.length ? first : Arrays.copyOf(first, partnerCount);
        this.rootNode = table.add(rootId);
        int relCount = relationships.size();
        this.customerNode = new int[relCount];
        this.supplierNode = new int[relCount];
        for (int i = 0; i < relCount; i++) {
            BusinessRelationship r = relationships.get(i);
            customerNode[i] = table.add(r.customer());
            supplierNode[i] = table.add(r.supplier());
        }
        int[] segNode = new int[segmentList.size()];
        this.segmentNode = segNode;
        for (int i = 0; i < segNode.length; i++) {
            segNode[i] = table.add(segmentList.get(i).entity());
        }
        this.ids = table;
        int nodes = table.size();

        this.outStart = starts(customerNode, nodes);
        this.inStart = starts(supplierNode, nodes);
        this.segStart = starts(segNode, nodes);
        this.outEdges = new BusinessRelationship[relCount];
        this.outTarget = new int[relCount];
        this.inEdges = new BusinessRelationship[relCount];
        this.inSource = new int[relCount];
        int[] outFill = Arrays.copyOf(outStart, nodes);
        int[] inFill = Arrays.copyOf(inStart, nodes);
        for (int i = 0; i < relCount; i++) {
            BusinessRelationship r = relationships.get(i);
            int o = outFill[customerNode[i]]++;
            outEdges[o] = r;
            outTarget[o] = supplierNode[i];
            int in = inFill[supplierNode[i]]++;
            inEdges[in] = r;
            inSource[in] = customerNode[i];
        }
        this.segments = new WorkforceSegment[segNode.length];
        int[] segFill = Arrays.copyOf(segStart, nodes);
        for (int i = 0; i < segNode.length; i++) {
            segments[segFill[segNode[i]]++] = segmentList.get(i);
        }
        this.tiers = computeTiers(nodes);
        int max = 0;
        for (int t : tiers) {
            max = Math.max(max, t);
        }
        this.maxTier = max;
    }

    /** Offsets of a compressed adjacency: {@code start[n] .. start[n+1]-1} are the entries of node n. */
    private static int[] starts(int[] nodeOfEntry, int nodes) {
        int[] start = new int[nodes + 1];
        for (int n : nodeOfEntry) {
            start[n + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        return start;
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
        return rootId;
    }

    /** The entity with this id. */
    public Optional<BusinessPartner> partner(String id) {
        int node = ids.get(id);
        return node >= 0 && node < partnerCount ? Optional.of(partners[node]) : Optional.empty();
    }

    /** {@link #partner} for the entity of a node ({@link #node}). */
    public Optional<BusinessPartner> partnerOfNode(int node) {
        return node >= 0 && node < partnerCount ? Optional.of(partners[node]) : Optional.empty();
    }

    /** Relationships in which this entity is the customer (edges to its suppliers). */
    public List<BusinessRelationship> suppliersOf(String entityId) {
        int node = ids.get(entityId);
        return node < 0 ? List.of() : Slice.of(outEdges, outStart[node], outStart[node + 1]);
    }

    /** Relationships in which this entity is the supplier (edges from its customers). */
    public List<BusinessRelationship> customersOf(String entityId) {
        int node = ids.get(entityId);
        return node < 0 ? List.of() : Slice.of(inEdges, inStart[node], inStart[node + 1]);
    }

    /** Workforce segments at this entity. */
    public List<WorkforceSegment> segmentsAt(String entityId) {
        int node = ids.get(entityId);
        return node < 0 ? List.of() : Slice.of(segments, segStart[node], segStart[node + 1]);
    }

    /** {@link #suppliersOf} for the entity of a node ({@link #node}). */
    public List<BusinessRelationship> suppliersOfNode(int node) {
        return Slice.of(outEdges, outStart[node], outStart[node + 1]);
    }

    /** {@link #segmentsAt} for the entity of a node ({@link #node}), in the order of the chain's list. */
    public List<WorkforceSegment> segmentsAtNode(int node) {
        return Slice.of(segments, segStart[node], segStart[node + 1]);
    }

    /** The entity's tier (0 for the company and its subsidiaries), empty when it is not connected. */
    public OptionalInt tier(String entityId) {
        int node = ids.get(entityId);
        return node < 0 || tiers[node] < 0 ? OptionalInt.empty() : OptionalInt.of(tiers[node]);
    }

    /**
     * How many nodes the graph has: every entity named by a partner, a relationship or a segment, numbered
     * from 0 (a building block, with {@link #node}, for code that keeps per-entity arrays).
     */
    public int nodeCount() {
        return tiers.length;
    }

    /** The node of an entity id, or -1 when no partner, relationship or segment names it. */
    public int node(String entityId) {
        return ids.get(entityId);
    }

    /** The entity id of a node. */
    public String entityOfNode(int node) {
        return ids.id(node);
    }

    /** The tier of a node, -1 when it is not connected. */
    public int tierOfNode(int node) {
        return tiers[node];
    }

    /** The node of the entity of the segment at this position in the chain's list of segments. */
    public int nodeOfSegment(int position) {
        return segmentNode[position];
    }

    /** The node of the partner at this position in the chain's list of partners. */
    public int nodeOfPartner(int position) {
        return partnerNode[position];
    }

    /** The deepest tier in the chain. */
    public int maxTier() {
        return maxTier;
    }

    /** How the entity relates to the reporting company. */
    public PartnerRelation relation(String entityId) {
        if (entityId.equals(rootId)) {
            return PartnerRelation.OWN_OPERATIONS;
        }
        int node = ids.get(entityId);
        int t = node < 0 ? -1 : tiers[node];
        if (t < 0) {
            return PartnerRelation.UNCONNECTED;
        }
        if (t == 0) {
            return PartnerRelation.SUBSIDIARY;
        }
        return t == 1 ? PartnerRelation.DIRECT : PartnerRelation.INDIRECT;
    }

    /**
     * Whether the customer of the relationship at this position of {@code chain().relationships()} is one of
     * the chain's business partners: the answer of {@code partner(r.customer()).isPresent()}, without a
     * look-up (the graph resolved every relationship when it was built). For code that walks the chain's
     * lists by position, such as the structural check.
     *
     * @throws IndexOutOfBoundsException when there is no relationship at this position
     */
    public boolean customerIsPartner(int relationship) {
        return customerNode[relationship] < partnerCount;
    }

    /**
     * Whether the supplier of the relationship at this position of {@code chain().relationships()} is one of
     * the chain's business partners, without a look-up; see {@link #customerIsPartner(int)}.
     *
     * @throws IndexOutOfBoundsException when there is no relationship at this position
     */
    public boolean supplierIsPartner(int relationship) {
        return supplierNode[relationship] < partnerCount;
    }

    /**
     * Whether the entity of the workforce segment at this position of {@code chain().workforceSegments()} is
     * one of the chain's business partners, without a look-up; see {@link #customerIsPartner(int)}.
     *
     * @throws IndexOutOfBoundsException when there is no segment at this position
     */
    public boolean segmentEntityIsPartner(int segment) {
        return segmentNode[segment] < partnerCount;
    }

    /**
     * How the business partner at this position of {@code chain().businessPartners()} relates to the
     * reporting company: the answer of {@link #relation(String)} for its id, without a look-up.
     *
     * @throws IndexOutOfBoundsException when there is no partner at this position
     */
    public PartnerRelation relationOfPartnerAt(int position) {
        int node = partnerNode[position];
        if (node == rootNode) {
            return PartnerRelation.OWN_OPERATIONS;
        }
        int t = tiers[node];
        if (t < 0) {
            return PartnerRelation.UNCONNECTED;
        }
        if (t == 0) {
            return PartnerRelation.SUBSIDIARY;
        }
        return t == 1 ? PartnerRelation.DIRECT : PartnerRelation.INDIRECT;
    }

    private int[] computeTiers(int nodes) {
        int[] result = new int[nodes];
        Arrays.fill(result, -1);
        // 0-1 BFS: an edge into a subsidiary reached from the company's own group costs 0, any other edge 1.
        IntDeque queue = new IntDeque(Math.min(nodes, 1024) + 1);
        result[rootNode] = 0;
        queue.addLast(rootNode);
        while (!queue.isEmpty()) {
            int node = queue.pollFirst();
            int tier = result[node];
            for (int e = outStart[node], end = outStart[node + 1]; e < end; e++) {
                int next = outTarget[e];
                boolean ownGroup = tier == 0 && next < partnerCount && partners[next].role() == PartnerRole.SUBSIDIARY;
                int nextTier = ownGroup ? 0 : tier + 1;
                int known = result[next];
                if (known < 0 || nextTier < known) {
                    result[next] = nextTier;
                    if (ownGroup) {
                        queue.addFirst(next);
                    } else {
                        queue.addLast(next);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Paths of relationships from the reporting company down to the given entity, at most {@code limit} of
     * them (a DAG can hold exponentially many). Each path lists the relationships in order, company first.
     */
    public List<List<BusinessRelationship>> pathsTo(String entityId, int limit) {
        int node = entityId.equals(rootId) ? rootNode : ids.get(entityId);
        return node >= 0 ? pathsToNode(node, limit) : new ArrayList<>();
    }

    /** {@link #pathsTo} for the entity of a node ({@link #node}). */
    public List<List<BusinessRelationship>> pathsToNode(int node, int limit) {
        return pathsToNode(node, limit, null);
    }

    /**
     * {@link #pathsToNode(int, int)}, also adding to {@code nodes} (when not null), for each path, the nodes it
     * passes through: the company's first, then each relationship's supplier (one more than the path's length).
     */
    public List<List<BusinessRelationship>> pathsToNode(int node, int limit, List<int[]> nodes) {
        List<List<BusinessRelationship>> found = new ArrayList<>();
        walkUp(node, new ArrayDeque<>(), nodes == null ? null : new IntDeque(8), found, nodes, limit, 0);
        return found;
    }

    /**
     * For every node, how many paths {@link #pathsTo} finds with this limit ({@code pathsTo(entityOfNode(n),
     * limit).size()}), counted without walking them: one pass over the relationships in topological order, each
     * count capped at the limit. Null when counting cannot stand in for walking: when the relationships
     * between connected entities loop, or when entities that are not partners make room for a path longer than
     * the walk's depth guard. A building block for code that needs the counts of many entities but the paths
     * of only some.
     */
    public int[] pathCounts(int limit) {
        int nodes = tiers.length;
        int connected = 0;
        int[] pending = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            if (tiers[n] < 0) {
                continue;
            }
            connected++;
            if (n == rootNode) {
                continue; // the walk stops at the company: what leads into it does not count
            }
            for (int e = inStart[n], end = inStart[n + 1]; e < end; e++) {
                if (tiers[inSource[e]] >= 0) {
                    pending[n]++;
                }
            }
        }
        if (connected - 1 > partnerCount) {
            return null;
        }
        int[] count = new int[nodes];
        int[] queue = new int[connected];
        int head = 0;
        int tail = 0;
        count[rootNode] = Math.min(1, limit);
        queue[tail++] = rootNode;
        while (head < tail) {
            int node = queue[head++];
            for (int e = outStart[node], end = outStart[node + 1]; e < end; e++) {
                int next = outTarget[e];
                if (next == rootNode) {
                    continue;
                }
                count[next] = (int) Math.min(limit, (long) count[next] + count[node]);
                if (--pending[next] == 0) {
                    queue[tail++] = next;
                }
            }
        }
        return tail == connected ? count : null;
    }

    private void walkUp(int node, ArrayDeque<BusinessRelationship> stack, IntDeque nodeStack,
            List<List<BusinessRelationship>> found, List<int[]> foundNodes, int limit, int depth) {
        if (found.size() >= limit || depth > partnerCount) {
            return;
        }
        if (node == rootNode) {
            found.add(List.copyOf(stack));
            if (foundNodes != null) {
                int[] path = new int[stack.size() + 1];
                path[0] = rootNode;
                for (int k = 0; k < stack.size(); k++) {
                    path[k + 1] = nodeStack.get(k);
                }
                foundNodes.add(path);
            }
            return;
        }
        for (int e = inStart[node], end = inStart[node + 1]; e < end; e++) {
            int customer = inSource[e];
            if (tiers[customer] < 0) {
                continue;
            }
            stack.addFirst(inEdges[e]);
            if (nodeStack != null) {
                nodeStack.addFirst(node);
            }
            walkUp(customer, stack, nodeStack, found, foundNodes, limit, depth + 1);
            stack.removeFirst();
            if (nodeStack != null) {
                nodeStack.pollFirst();
            }
            if (found.size() >= limit) {
                return;
            }
        }
    }

    /**
     * A loop in the relationships, if any: the ids of the entities on it, the first repeated at the end
     * (e.g. {@code [a, b, c, a]}). Iterative, so a loop of any length is found without deep recursion.
     * Linear in the relationships: a depth-first search over the numbered nodes, from the partners in file
     * order, then from customers that are not partners (dangling ids) in the order of the relationships.
     */
    public Optional<List<String>> findCycle() {
        int nodes = ids.size();
        byte[] state = new byte[nodes]; // 1 = on the current path, 2 = done
        int[] parent = new int[nodes];
        int[] path = new int[Math.min(nodes, 1024) + 1];
        int[] next = new int[path.length];
        List<BusinessPartner> partnerList = chain.businessPartners();
        int starts = partnerList.size() + customerNode.length;
        for (int s = 0; s < starts; s++) {
            int start;
            if (s < partnerList.size()) {
                start = partnerNode[s];
            } else {
                start = customerNode[s - partnerList.size()];
                if (start < partnerCount) {
                    continue;
                }
            }
            if (state[start] != 0) {
                continue;
            }
            int depth = 0;
            path[0] = start;
            next[0] = outStart[start];
            state[start] = 1;
            while (depth >= 0) {
                int node = path[depth];
                int e = next[depth];
                if (e < outStart[node + 1]) {
                    next[depth] = e + 1;
                    int child = outTarget[e];
                    if (state[child] == 0) {
                        state[child] = 1;
                        parent[child] = node;
                        if (++depth == path.length) {
                            path = Arrays.copyOf(path, path.length * 2);
                            next = Arrays.copyOf(next, next.length * 2);
                        }
                        path[depth] = child;
                        next[depth] = outStart[child];
                    } else if (state[child] == 1) {
                        List<String> loop = new ArrayList<>();
                        loop.add(ids.id(child));
                        for (int at = node; at != child; at = parent[at]) {
                            loop.add(ids.id(at));
                        }
                        loop.add(ids.id(child));
                        Collections.reverse(loop);
                        return Optional.of(List.copyOf(loop));
                    }
                } else {
                    state[node] = 2;
                    depth--;
                }
            }
        }
        return Optional.empty();
    }

    /** A read-only view of part of an array. */
    private static final class Slice<T> extends AbstractList<T> implements RandomAccess {
        private final T[] array;
        private final int from;
        private final int size;

        private Slice(T[] array, int from, int to) {
            this.array = array;
            this.from = from;
            this.size = to - from;
        }

        static <T> List<T> of(T[] array, int from, int to) {
            return from == to ? List.of() : new Slice<>(array, from, to);
        }

        @Override
        public T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
            }
            return array[from + index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** A double-ended queue of ints that grows. */
    private static final class IntDeque {
        private int[] items;
        private int head;
        private int size;

        IntDeque(int capacity) {
            items = new int[Integer.highestOneBit(Math.max(2, capacity) - 1) << 1];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void addFirst(int v) {
            ensure();
            head = (head - 1) & (items.length - 1);
            items[head] = v;
            size++;
        }

        void addLast(int v) {
            ensure();
            items[(head + size) & (items.length - 1)] = v;
            size++;
        }

        /** The k-th value from the front. */
        int get(int k) {
            return items[(head + k) & (items.length - 1)];
        }

        int pollFirst() {
            int v = items[head];
            head = (head + 1) & (items.length - 1);
            size--;
            return v;
        }

        private void ensure() {
            if (size < items.length) {
                return;
            }
            int[] grown = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) & (items.length - 1)];
            }
            items = grown;
            head = 0;
        }
    }
}
