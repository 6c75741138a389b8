package org.dutyofvigilance.completeness;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Map;
import java.util.RandomAccess;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.Obligation;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Text;

/**
 * Findings stored column by column: references to the obligation, node, fact key and detail that already
 * exist, and one byte of status. A chain of 100,000 nodes gives millions of findings; keeping them as
 * columns avoids one object per finding. {@link #view()} materialises {@link DisclosureFinding}s on demand.
 */
final class FindingTable {
    private static final DisclosureStatus[] STATUSES = DisclosureStatus.values();
    private final Obligation[] dictionary;
    private int[] obligations;
    private FactNode[] nodes;
    private String[] fields;
    private Text[] details;
    private byte[] statuses;
    private int size;

    /** A table sized for about this many findings (an upper estimate avoids copying while it fills). */
    FindingTable(Obligation[] dictionary, int capacity) {
        this.dictionary = dictionary;
        int n = Math.max(16, capacity);
        obligations = new int[n];
        nodes = new FactNode[n];
        fields = new String[n];
        details = new Text[n];
        statuses = new byte[n];
    }
    private Map<String, RuleSet> ruleSets;

    void add(int ob, FactNode node, String field, DisclosureStatus status, Text detail) {
        if (size == statuses.length) {
            int n = size + (size >> 1) + 16;
            obligations = Arrays.copyOf(obligations, n);
            nodes = Arrays.copyOf(nodes, n);
            fields = Arrays.copyOf(fields, n);
            details = Arrays.copyOf(details, n);
            statuses = Arrays.copyOf(statuses, n);
        }
        obligations[size] = ob;
        nodes[size] = node;
        fields[size] = field;
        details[size] = detail;
        statuses[size] = (byte) status.ordinal();
        size++;
    }

    /** Freezes the table: trims the columns and records the rule sets findings are materialised with. */
    FindingTable freeze(Map<String, RuleSet> sets) {
        obligations = Arrays.copyOf(obligations, size);
        nodes = Arrays.copyOf(nodes, size);
        fields = Arrays.copyOf(fields, size);
        details = Arrays.copyOf(details, size);
        statuses = Arrays.copyOf(statuses, size);
        this.ruleSets = Map.copyOf(sets);
        return this;
    }

    int size() {
        return size;
    }

    DisclosureStatus status(int i) {
        return STATUSES[statuses[i]];
    }

    Obligation obligation(int i) {
        return dictionary[obligations[i]];
    }

    int obligationIndex(int i) {
        return obligations[i];
    }

    FactNode node(int i) {
        return nodes[i];
    }

    DisclosureFinding get(int i) {
        Obligation ob = dictionary[obligations[i]];
        FactNode node = nodes[i];
        RuleSet rs = ruleSets.get(ob.ruleSetId());
        return new DisclosureFinding(ob.id(), rs.id(), rs.version(), rs.regime(), ob.citation(), ob.severity(),
                node.kind(), node.id(), node.entityId(), node.tier(), fields[i], status(i), details[i]);
    }

    /** An unmodifiable list view; each {@code get} makes a new finding value. */
    java.util.List<DisclosureFinding> view() {
        return new View();
    }

    private final class View extends AbstractList<DisclosureFinding> implements RandomAccess {
        @Override
        public DisclosureFinding get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return FindingTable.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
