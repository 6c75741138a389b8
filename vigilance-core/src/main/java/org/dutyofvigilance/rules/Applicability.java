package org.dutyofvigilance.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.PartnerRole;

/**
 * Which nodes an obligation applies to: a node kind, optionally restricted to entity roles and relations
 * to the reporting company, and conditions on facts ({@code "when"}). Obtained from
 * {@link Obligation#appliesTo()}; {@link #test} decides it for one node.
 */
public final class Applicability {
    private final NodeKind node;
    private final Set<PartnerRole> roles;
    private final Set<PartnerRelation> relations;
    private final List<Condition> when;
    private final EnumSet<PartnerRole> roleSet;
    private final EnumSet<PartnerRelation> relationSet;
    private final boolean anyRole;
    private final boolean anyRelation;

    Applicability(NodeKind node, Set<PartnerRole> roles, Set<PartnerRelation> relations, List<Condition> when) {
        this.node = Objects.requireNonNull(node, "node");
        this.roles = roles.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(PartnerRole.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.relations = relations.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(PartnerRelation.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(relations));
        this.when = List.copyOf(when);
        this.roleSet = roles.isEmpty() ? EnumSet.noneOf(PartnerRole.class) : EnumSet.copyOf(roles);
        this.relationSet = relations.isEmpty() ? EnumSet.noneOf(PartnerRelation.class) : EnumSet.copyOf(relations);
        this.anyRole = roles.isEmpty();
        this.anyRelation = relations.isEmpty();
    }

    /** The kind of node. */
    public NodeKind node() {
        return node;
    }

    /** The roles of the node's entity it is limited to; empty means every role. */
    public Set<PartnerRole> roles() {
        return roles;
    }

    /** The relations to the reporting company it is limited to; empty means every relation. */
    public Set<PartnerRelation> relations() {
        return relations;
    }

    /** Whether the obligation has conditions on facts. */
    public boolean conditional() {
        return !when.isEmpty();
    }

    /** The fact conditions, in words, e.g. {@code segment.conditions.harmfulContentHoursPerDay > 0}. */
    public String describeConditions() {
        return when.stream().map(Condition::describe).collect(Collectors.joining(" and "));
    }

    /** A description of the whole applicability, for documentation and exports. */
    public String describe() {
        StringBuilder sb = new StringBuilder(node.key());
        if (!roles.isEmpty()) {
            sb.append("; role in ").append(roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        if (!relations.isEmpty()) {
            sb.append("; relation in ").append(relations.stream().map(r -> r.name().toLowerCase(Locale.ROOT))
                    .sorted().collect(Collectors.joining(", ", "[", "]")));
        }
        if (!when.isEmpty()) {
            sb.append("; when ").append(describeConditions());
        }
        return sb.toString();
    }

    /** Whether the node's kind, role and relation match (the part that never depends on disclosure). */
    public boolean matchesShape(FactNode n) {
        return n.kind() == node
                && (anyRole || n.role().isPresent() && roleSet.contains(n.role().get()))
                && (anyRelation || relationSet.contains(n.relation()));
    }

    /**
     * Decides the obligation for one node of the right shape: {@link Truth#FALSE} when a condition is shown
     * not to hold, {@link Truth#UNKNOWN} when a condition depends on undisclosed facts (they are listed).
     */
    public Result test(FactNode n, ChainFacts facts) {
        return test(n, facts, new FactTally());
    }

    /**
     * {@link #test(FactNode, ChainFacts)} with a tally the conditions may use as scratch space, for callers
     * that test many nodes in a row (one thread): no allocation unless the answer is unknown.
     */
    public Result test(FactNode n, ChainFacts facts, FactTally scratch) {
        if (when.isEmpty()) {
            return Result.APPLIES;
        }
        List<FactPath> undecided = scratch.undecided;
        undecided.clear();
        Truth t = Truth.TRUE;
        for (int i = 0; i < when.size(); i++) {
            t = t.and(when.get(i).test(n, facts, undecided, scratch));
            if (t == Truth.FALSE) {
                return Result.NOT_APPLICABLE;
            }
        }
        return t == Truth.TRUE ? Result.APPLIES : new Result(Truth.UNKNOWN, undecided); // the result copies the list
    }

    /** Equal when the kind, roles, relations and conditions are equal: then every node gets the same answer. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Applicability a && a.node == node && a.roleSet.equals(roleSet)
                && a.relationSet.equals(relationSet) && a.when.equals(when);
    }

    @Override
    public int hashCode() {
        return Objects.hash(node, roleSet, relationSet, when);
    }

    /**
     * The answer for one node.
     *
     * @param truth     whether the obligation applies
     * @param undecided when unknown: the facts that would decide it
     */
    public record Result(Truth truth, List<FactPath> undecided) {
        static final Result APPLIES = new Result(Truth.TRUE, List.of());
        static final Result NOT_APPLICABLE = new Result(Truth.FALSE, List.of());

        public Result {
            Objects.requireNonNull(truth, "truth");
            undecided = List.copyOf(undecided);
        }
    }
}
