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
 * Findings stored column by column, in blocks: per finding the obligation's index (two bytes), a reference to
 * the node and to the fact key that already exist, and one byte of status. A chain of 100,000 nodes gives
 * about a million findings; keeping them as columns avoids one object per finding, and filling blocks of a
 * fixed size avoids both copying and over-allocating. The detail of a finding is derived from its status
 * and obligation; only the few that carry figures (partly disclosed, stale) are stored, aside, and turned
 * into text when read. {@link #view()} materialises {@link DisclosureFinding}s on demand.
 */
final class FindingTable {
    private static final DisclosureStatus[] STATUSES = DisclosureStatus.values();
    private static final int SHIFT = 15;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;
    /** Status bit: the missing fact is needed to decide whether the obligation applies. */
    private static final int DECIDING = 0x10;
    private static final int STATUS_MASK = 0x0f;

    private final Obligation[] dictionary;
    /** Detail of "not applicable" findings, by obligation (the unmet condition, or that it was deleted). */
    private final Text[] notMet;
    private char[][] obligations = new char[0][];
    private FactNode[][] nodes = new FactNode[0][];
    private String[][] fields = new String[0][];
    private byte[][] statuses = new byte[0][];
    private int size;
    /** Finding indexes (ascending) whose detail is stored, and those details ({@link Text} or {@link Detail}). */
    private int[] detailIndex = new int[16];
    private Object[] details = new Object[16];
    private int detailCount;
    private Map<String, RuleSet> ruleSets;

    /** A detail kept as its figures and written out when a finding is read. */
    interface Detail {
        Text text();
    }

    FindingTable(Obligation[] dictionary, Text[] notMet) {
        if (dictionary.length > Character.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + (int) Character.MAX_VALUE + " obligations");
        }
        this.dictionary = dictionary;
        this.notMet = notMet;
    }

    private void add(int ob, FactNode node, String field, int status) {
        int block = size >>> SHIFT;
        int at = size & MASK;
        if (at == 0 && block == statuses.length) {
            int n = block + 1;
            obligations = Arrays.copyOf(obligations, n);
            nodes = Arrays.copyOf(nodes, n);
            fields = Arrays.copyOf(fields, n);
            statuses = Arrays.copyOf(statuses, n);
            obligations[block] = new char[BLOCK];
            nodes[block] = new FactNode[BLOCK];
            fields[block] = new String[BLOCK];
            statuses[block] = new byte[BLOCK];
        }
        obligations[block][at] = (char) ob;
        nodes[block][at] = node;
        fields[block][at] = field;
        statuses[block][at] = (byte) status;
        size++;
    }

    /** A "not applicable" finding: its detail is the obligation's. */
    void notApplicable(int ob, FactNode node) {
        add(ob, node, "", DisclosureStatus.NOT_APPLICABLE.ordinal());
    }

    /** A disclosed or missing finding, whose detail follows from the status. */
    void add(int ob, FactNode node, String field, DisclosureStatus status, boolean deciding) {
        add(ob, node, field, status.ordinal() | (deciding ? DECIDING : 0));
    }

    /** A finding with a detail of its own ({@link Text} or {@link Detail}). */
    void add(int ob, FactNode node, String field, DisclosureStatus status, Object detail) {
        if (detailCount == detailIndex.length) {
            detailIndex = Arrays.copyOf(detailIndex, detailCount * 2);
            details = Arrays.copyOf(details, detailCount * 2);
        }
        detailIndex[detailCount] = size;
        details[detailCount] = detail;
        detailCount++;
        add(ob, node, field, status.ordinal());
    }

    /** Freezes the table: records the rule sets findings are materialised with. */
    FindingTable freeze(Map<String, RuleSet> sets) {
        this.ruleSets = Map.copyOf(sets);
        return this;
    }

    int size() {
        return size;
    }

    DisclosureStatus status(int i) {
        return STATUSES[statuses[i >>> SHIFT][i & MASK] & STATUS_MASK];
    }

    Obligation obligation(int i) {
        return dictionary[obligations[i >>> SHIFT][i & MASK]];
    }

    FactNode node(int i) {
        return nodes[i >>> SHIFT][i & MASK];
    }

    String field(int i) {
        return fields[i >>> SHIFT][i & MASK];
    }

    Text detail(int i) {
        int raw = statuses[i >>> SHIFT][i & MASK];
        DisclosureStatus status = STATUSES[raw & STATUS_MASK];
        switch (status) {
            case NOT_APPLICABLE:
                return notMet[obligations[i >>> SHIFT][i & MASK]];
            case DISCLOSED:
                return Completeness.DISCLOSED;
            case MISSING:
                return (raw & DECIDING) != 0 ? Completeness.MISSING_DECIDING : Completeness.MISSING;
            default:
                int k = Arrays.binarySearch(detailIndex, 0, detailCount, i);
                Object d = details[k];
                return d instanceof Detail lazy ? lazy.text() : (Text) d;
        }
    }

    DisclosureFinding get(int i) {
        Obligation ob = obligation(i);
        FactNode node = node(i);
        RuleSet rs = ruleSets.get(ob.ruleSetId());
        return new DisclosureFinding(ob.id(), rs.id(), rs.version(), rs.regime(), ob.citation(), ob.severity(),
                node.kind(), node.id(), node.entityId(), node.tier(), field(i), status(i), detail(i));
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
