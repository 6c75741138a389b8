package org.dutyofvigilance.completeness;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.dutyofvigilance.rules.ChainFacts;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Obligation;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Text;

/**
 * Findings packed one {@code long} each, in blocks: the node's index among the nodes of its kind (31 bits),
 * the obligation's index (16 bits), the fact key's index (13 bits) and the status (4 bits). A chain of
 * 100,000 nodes gives about a million findings; packing them avoids one object per finding, and filling
 * blocks of a fixed size avoids both copying and over-allocating. The detail of a finding is derived from its
 * status and obligation; only the few that carry figures (partly disclosed, stale) are stored, aside, and
 * turned into text when read. {@link #view()} materialises {@link DisclosureFinding}s on demand.
 */
final class FindingTable {
    private static final DisclosureStatus[] STATUSES = DisclosureStatus.values();
    private static final int SHIFT = 14;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;
    private static final int OB_SHIFT = 31;
    private static final int FIELD_SHIFT = 47;
    private static final int STATUS_SHIFT = 60;
    private static final int MAX_FIELDS = 1 << (STATUS_SHIFT - FIELD_SHIFT);
    /** Status bit: the missing fact is needed to decide whether the obligation applies. */
    private static final int DECIDING = 0x8;
    private static final int STATUS_MASK = 0x7;

    private final Obligation[] dictionary;
    /** Per obligation: the kind of the nodes its findings are about (deleted ones: the company). */
    private final NodeKind[] kinds;
    private final ChainFacts facts;
    /** Detail of "not applicable" findings, by obligation (the unmet condition, or that it was deleted). */
    private final Text[] notMet;
    /** Fact keys by index; index 0 is the empty key of "not applicable" findings. */
    private final List<String> fields = new ArrayList<>();
    private final Map<String, Integer> fieldIds = new HashMap<>();
    private long[][] blocks = new long[0][];
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

    FindingTable(Obligation[] dictionary, NodeKind[] kinds, Text[] notMet, ChainFacts facts) {
        if (dictionary.length > Character.MAX_VALUE) {
            throw new IllegalArgumentException("more than " + (int) Character.MAX_VALUE + " obligations");
        }
        this.dictionary = dictionary;
        this.kinds = kinds;
        this.notMet = notMet;
        this.facts = facts;
        fieldId("");
    }

    /** The index of a fact key, given on first use. */
    int fieldId(String key) {
        Integer id = fieldIds.get(key);
        if (id == null) {
            if (fields.size() == MAX_FIELDS) {
                throw new IllegalArgumentException("more than " + MAX_FIELDS + " distinct fact keys");
            }
            id = fields.size();
            fields.add(key);
            fieldIds.put(key, id);
        }
        return id;
    }

    private void add(int ob, FactNode node, int field, int status) {
        int block = size >>> SHIFT;
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block + 1);
            blocks[block] = new long[BLOCK];
        }
        blocks[block][size & MASK] = node.index() | (long) ob << OB_SHIFT | (long) field << FIELD_SHIFT
                | (long) status << STATUS_SHIFT;
        size++;
    }

    /** A "not applicable" finding: its detail is the obligation's. */
    void notApplicable(int ob, FactNode node) {
        add(ob, node, 0, DisclosureStatus.NOT_APPLICABLE.ordinal());
    }

    /** A disclosed or missing finding, whose detail follows from the status. */
    void add(int ob, FactNode node, int field, DisclosureStatus status, boolean deciding) {
        add(ob, node, field, status.ordinal() | (deciding ? DECIDING : 0));
    }

    /** A finding with a detail of its own ({@link Text} or {@link Detail}). */
    void add(int ob, FactNode node, int field, DisclosureStatus status, Object detail) {
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

    private long entry(int i) {
        return blocks[i >>> SHIFT][i & MASK];
    }

    private static int obligationIndex(long e) {
        return (int) (e >>> OB_SHIFT) & 0xffff;
    }

    private static int rawStatus(long e) {
        return (int) (e >>> STATUS_SHIFT);
    }

    DisclosureStatus status(int i) {
        return STATUSES[rawStatus(entry(i)) & STATUS_MASK];
    }

    Obligation obligation(int i) {
        return dictionary[obligationIndex(entry(i))];
    }

    FactNode node(int i) {
        long e = entry(i);
        return facts.nodes(kinds[obligationIndex(e)]).get((int) (e & 0x7fffffffL));
    }

    String field(int i) {
        return fields.get((int) (entry(i) >>> FIELD_SHIFT) & (MAX_FIELDS - 1));
    }

    Text detail(int i) {
        long e = entry(i);
        int raw = rawStatus(e);
        switch (STATUSES[raw & STATUS_MASK]) {
            case NOT_APPLICABLE:
                return notMet[obligationIndex(e)];
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
    List<DisclosureFinding> view() {
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
