package org.dutyofvigilance.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What {@link FactPath#tally} counted for one node: how many leaves of a fact key are disclosed and how many
 * are not, and the latest date among the disclosed ones. The same figures as {@link FactPath#resolve} gives,
 * without collecting the values, so a check over millions of facts does not allocate for each. Mutable and
 * meant to be reused by one thread; not thread-safe.
 */
public final class FactTally {
    int disclosed;
    int undisclosed;
    LocalDate latest;
    LeafTest test;
    boolean matched;
    /** Derived collections ({@code partner.actions}…) of one node, looked up once per node. */
    private final Object[] derived = new Object[FactPath.Vocabulary.SLOTS];
    private FactNode derivedNode;
    private ChainFacts derivedFacts;
    /** The facts behind an undecided applicability, filled by {@link Applicability#test}. */
    final List<FactPath> undecided = new java.util.ArrayList<>(4);

    /** A test on one disclosed leaf value (conditions stop at the first value that satisfies them). */
    interface LeafTest {
        boolean matches(Object value);
    }

    /** An empty tally. */
    public FactTally() {
    }

    void reset() {
        disclosed = 0;
        undisclosed = 0;
        latest = null;
        matched = false;
    }

    /** A derived collection of a node, looked up once per node and slot. */
    List<?> derived(int slot, BiFunction<FactNode, ChainFacts, List<?>> function, FactNode node, ChainFacts facts) {
        if (node != derivedNode || facts != derivedFacts) {
            Arrays.fill(derived, null);
            derivedNode = node;
            derivedFacts = facts;
        }
        Object list = derived[slot];
        if (list == null) {
            list = function.apply(node, facts);
            derived[slot] = list;
        }
        return (List<?>) list;
    }

    /** Counts a disclosed leaf; true when the scan should stop (its test matched). */
    boolean accept(Object disclosedValue) {
        disclosed++;
        if (disclosedValue instanceof LocalDate d && (latest == null || d.isAfter(latest))) {
            latest = d;
        }
        if (test != null && test.matches(disclosedValue)) {
            matched = true;
            return true;
        }
        return false;
    }

    /** How many leaves are disclosed ({@code resolve(...).disclosed().size()}). */
    public int disclosed() {
        return disclosed;
    }

    /** How many leaves are not disclosed ({@code resolve(...).undisclosed()}). */
    public int undisclosed() {
        return undisclosed;
    }

    /** The latest disclosed {@code LocalDate} value, or {@code null} when no disclosed value is a date. */
    public LocalDate latestDate() {
        return latest;
    }
}
