package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * The indicators of a measurement in compact form, one row per indicator and one array per field: what the
 * risk map needs (code, subject, entity, value, status) and where to recompute the words from (the group the
 * indicator was computed in: {@link #kind}, {@link #a}, {@link #b}). A row is an {@code int}; rows are numbered
 * in the order they were computed. The statement, formula, inputs and sources are built only when an
 * indicator is read ({@link IndicatorEngine#materialise}).
 *
 * <p>Columns instead of one object per indicator: a chain of a million nodes has millions of indicators, and a
 * few large arrays cost the collector almost nothing to keep, where millions of small objects cost it much.
 *
 * <p>The sixteen Fairwork and Partnership-on-AI rows of a platform or vendor ({@link IndicatorEngine#POINT_CODES}:
 * ten Cloudwork points, the score, five guidelines) are kept as one block: the entity, its sort key and graph
 * node, and the sixteen statuses; everything else about them follows from those (subject and entity: the
 * entity's id; value: 1 when met, else 0, the score the number of points met; no repeats). They are more than
 * half the rows of a large chain. Their rows are numbered after the others': row {@code columnRows() + 16 × block
 * + point}. Rows are read by number once every row is computed; while computing, only the rows in columns are.
 */
final class Entries {
    private static final IndicatorStatus[] STATUSES = IndicatorStatus.values();

    /** Codes and units are few: each row keeps their number in these tables. */
    private final Names codes;
    private final Names units;

    private int size;
    private short[] code;
    private String[] subject;
    /** The value when it is known, else null (the reason is rebuilt with the words). */
    private BigDecimal[] amount;
    private short[] unit;
    private byte[] status;
    private byte[] kind;
    private Object[] a;
    /**
     * The second part of the group, for the few rows that have one (paths, equal-pay groups, environmental
     * facts): their rows, ascending, and the values; most rows have none, so there is no column for it.
     */
    private int[] bRow;
    private Object[] bValue;
    private int bCount;
    /**
     * Sort key of the subject, or -1 when subjects are compared as text: rank × 4 + universe (0 segment id,
     * 1 entity id, 2 segment id + "@", 3 segment id + ":"); equal keys are then ordered by subject.
     */
    private int[] key;
    /** 0, or n when n earlier rows of the same group had the same code and subject. */
    private byte[] nth;
    /**
     * 0, or n for the n-th indicator with the same code and subject ({@code #n} in the id); null while every
     * row has 0 (repeats are rare).
     */
    private int[] dup;
    /** Place of the row in the list sorted by id; null once the risk map no longer needs it. */
    private int[] pos;
    /**
     * Where the row is in the chain, for the risk map (dropped with {@link #pos}): {@code position × 2 + 1} when
     * the engine knows, without reading the subject, the position (in the chain's list) of the segment the
     * subject names (the row's entity is that segment's); else {@code node × 2} for the graph node of the row's
     * entity ({@link #entity(int)}); else -1.
     */
    private int[] place;

    /** Rows per block of points. */
    static final int POINTS = 16;
    private static final BigDecimal[] MET_COUNTS = new BigDecimal[11];

    static {
        for (int i = 0; i < MET_COUNTS.length; i++) {
            MET_COUNTS[i] = BigDecimal.valueOf(i);
        }
    }

    /** Blocks of points: their number, entity, sort key, place ({@code node × 2}, or -1) and statuses. */
    private int blocks;
    private Object[] pointEntity = new Object[16];
    private int[] pointKey = new int[16];
    private int[] pointPlace = new int[16];
    private byte[] pointStatus = new byte[16 * POINTS];
    /** The numbers of the point codes in {@link #codes}, once a block is added. */
    private int[] pointCode;
    /** Once sorted: the place of each block within the run of each point code, and where each code's run starts. */
    private int[] pointRank;
    private int[] runStart;

    /** Rows for about {@code capacity} rows in columns and {@code blockCapacity} blocks of points. */
    Entries(int capacity, int blockCapacity) {
        this(capacity);
        reservePoints(blockCapacity);
    }

    Entries(int capacity) {
        codes = new Names(true, "indicator codes");
        units = new Names(false, "units");
        int c = Math.max(16, capacity);
        code = new short[c];
        subject = new String[c];
        amount = new BigDecimal[c];
        unit = new short[c];
        status = new byte[c];
        kind = new byte[c];
        a = new Object[c];
        bRow = new int[16];
        bValue = new Object[16];
        key = new int[c];
        nth = new byte[c];
        place = new int[c];
    }

    /**
     * Adds the sixteen points of a platform or vendor, in the order of {@link IndicatorEngine#POINT_CODES}: the
     * statuses (the score's is informative), the entity, the sort key of its id and its graph node (or -1).
     */
    void addPoints(Object entity, int key, int node, byte[] statuses) {
        numberPointCodes();
        if (blocks == pointEntity.length) {
            reservePoints(Math.max(16, blocks));
        }
        pointEntity[blocks] = entity;
        pointKey[blocks] = key;
        pointPlace[blocks] = node < 0 ? -1 : node << 1;
        System.arraycopy(statuses, 0, pointStatus, blocks * POINTS, POINTS);
        blocks++;
    }

    private void numberPointCodes() {
        if (pointCode == null) {
            pointCode = new int[POINTS];
            for (int i = 0; i < POINTS; i++) {
                pointCode[i] = codes.number(IndicatorEngine.POINT_CODES[i]);
            }
        }
    }

    /** Makes room for {@code more} blocks of points, so that adding them moves nothing. */
    void reservePoints(int more) {
        int c = blocks + more;
        if (c > pointEntity.length) {
            pointEntity = Arrays.copyOf(pointEntity, c);
            pointKey = Arrays.copyOf(pointKey, c);
            pointPlace = Arrays.copyOf(pointPlace, c);
            pointStatus = Arrays.copyOf(pointStatus, c * POINTS);
        }
    }

    /** Adds a row; returns its number. {@code code} must be an interned constant (codes are compared by reference). */
    int add(String code, String subject, Quantity value, IndicatorStatus status, byte kind, Object a, Object b,
            int key, int nth, int segmentPosition, int entityNode) {
        if (size == this.code.length) {
            grow();
        }
        int row = size++;
        this.code[row] = (short) codes.number(code);
        this.subject[row] = subject;
        this.amount[row] = value.value().orElse(null);
        this.unit[row] = (short) units.number(value.unit());
        this.status[row] = (byte) status.ordinal();
        this.kind[row] = kind;
        this.a[row] = a;
        if (b != null) {
            addB(row, b);
        }
        this.key[row] = key;
        if (nth > Byte.MAX_VALUE) {
            throw new IllegalStateException("more than " + Byte.MAX_VALUE + " indicators " + code + ":" + subject
                    + " in one group");
        }
        this.nth[row] = (byte) nth;
        this.place[row] = segmentPosition >= 0 ? segmentPosition << 1 | 1 : entityNode < 0 ? -1 : entityNode << 1;
        return row;
    }

    /**
     * The rows so far, to be read by another thread while these grow: it shares the columns (rows added later
     * go past its size, or into new columns when these grow) and copies the tables of codes and units. Read
     * only; made before the other thread starts, so that it sees every row up to its size.
     */
    Entries snapshot() {
        return new Entries(this);
    }

    private Entries(Entries of) {
        codes = of.codes.copy();
        units = of.units.copy();
        size = of.size;
        code = of.code;
        subject = of.subject;
        amount = of.amount;
        unit = of.unit;
        status = of.status;
        kind = of.kind;
        a = of.a;
        bRow = of.bRow;
        bValue = of.bValue;
        bCount = of.bCount;
        key = of.key;
        nth = of.nth;
        dup = of.dup;
        pos = of.pos;
        place = of.place;
        blocks = of.blocks;
        pointEntity = of.pointEntity;
        pointKey = of.pointKey;
        pointPlace = of.pointPlace;
        pointStatus = of.pointStatus;
        pointCode = of.pointCode;
    }

    /** Keeps the second part of a row's group (rows come in ascending order). */
    private void addB(int row, Object value) {
        if (bCount == bRow.length) {
            bRow = Arrays.copyOf(bRow, bCount * 2);
            bValue = Arrays.copyOf(bValue, bCount * 2);
        }
        bRow[bCount] = row;
        bValue[bCount++] = value;
    }

    /** Makes room for {@code more} rows, so that adding them moves no column. */
    void reserve(int more) {
        if (size + more > code.length) {
            resize(size + more);
        }
    }

    /** Appends the rows of another store after these, in order (its codes and units renumbered into these). */
    void append(Entries other) {
        int[] codeOf = new int[other.codes.count];
        for (int c = 0; c < codeOf.length; c++) {
            codeOf[c] = codes.number(other.codes.names[c]);
        }
        int[] unitOf = new int[other.units.count];
        for (int u = 0; u < unitOf.length; u++) {
            unitOf[u] = units.number(other.units.names[u]);
        }
        if (other.dup != null || other.pos != null || pos != null || pointRank != null) {
            throw new IllegalStateException("rows are appended before they are sorted");
        }
        int n = other.size;
        if (size + n > code.length) {
            resize(size + n + (size + n >> 3));
        }
        for (int r = 0; r < n; r++) {
            code[size + r] = (short) codeOf[other.code[r]];
            unit[size + r] = (short) unitOf[other.unit[r]];
        }
        System.arraycopy(other.subject, 0, subject, size, n);
        System.arraycopy(other.amount, 0, amount, size, n);
        System.arraycopy(other.status, 0, status, size, n);
        System.arraycopy(other.kind, 0, kind, size, n);
        System.arraycopy(other.a, 0, a, size, n);
        for (int k = 0; k < other.bCount; k++) {
            addB(size + other.bRow[k], other.bValue[k]);
        }
        System.arraycopy(other.key, 0, key, size, n);
        System.arraycopy(other.nth, 0, nth, size, n);
        System.arraycopy(other.place, 0, place, size, n);
        size += n;
        if (other.blocks > 0) {
            numberPointCodes(); // the points' codes are numbered apart from the other rows', so not renumbered
            reservePoints(other.blocks);
            System.arraycopy(other.pointEntity, 0, pointEntity, blocks, other.blocks);
            System.arraycopy(other.pointKey, 0, pointKey, blocks, other.blocks);
            System.arraycopy(other.pointPlace, 0, pointPlace, blocks, other.blocks);
            System.arraycopy(other.pointStatus, 0, pointStatus, blocks * POINTS, other.blocks * POINTS);
            blocks += other.blocks;
        }
    }

    /**
     * Cuts the columns to the rows there are when more than a fifth is unused (once the measurement is over:
     * they are kept with the report; a copy of every column costs more than a little slack).
     */
    void trim() {
        if (size < code.length - code.length / 5) {
            resize(size);
        }
        if (blocks < pointEntity.length - pointEntity.length / 5) {
            pointEntity = Arrays.copyOf(pointEntity, blocks);
            pointKey = Arrays.copyOf(pointKey, blocks);
            pointPlace = Arrays.copyOf(pointPlace, blocks);
            pointStatus = Arrays.copyOf(pointStatus, blocks * POINTS);
        }
    }

    private void grow() {
        resize(code.length + (code.length >> 1) + 16);
    }

    private void resize(int c) {
        code = Arrays.copyOf(code, c);
        subject = Arrays.copyOf(subject, c);
        amount = Arrays.copyOf(amount, c);
        unit = Arrays.copyOf(unit, c);
        status = Arrays.copyOf(status, c);
        kind = Arrays.copyOf(kind, c);
        a = Arrays.copyOf(a, c);
        key = key == null ? null : Arrays.copyOf(key, c);
        nth = Arrays.copyOf(nth, c);
        dup = dup == null ? null : Arrays.copyOf(dup, c);
        pos = pos == null ? null : Arrays.copyOf(pos, c);
        place = place == null ? null : Arrays.copyOf(place, c);
    }

    /** Every row: those in columns, then the points. */
    int size() {
        return size + blocks * POINTS;
    }

    /** The blocks of points in the order of their keys (equal keys in the order they were added). */
    int[] blocksByKey() {
        long[] keyed = new long[blocks];
        for (int b = 0; b < blocks; b++) {
            keyed[b] = (long) pointKey[b] << 32 | b;
        }
        Arrays.sort(keyed);
        int[] order = new int[blocks];
        for (int k = 0; k < blocks; k++) {
            order[k] = (int) keyed[k];
            assert k == 0 || keyed[k] >>> 32 > keyed[k - 1] >>> 32 : "one block per entity id";
        }
        return order;
    }

    /** The blocks of points: their rows follow the rows in columns, {@link #POINTS} a block. */
    int blocks() {
        return blocks;
    }

    /** The number of the code of a point (0 to 15, in the order of {@link IndicatorEngine#POINT_CODES}). */
    int pointCodeNumber(int point) {
        return pointCode[point];
    }

    /** The rows kept in columns (all but the points): while computing, the rows a group can read back. */
    int columnRows() {
        return size;
    }

    /** How many distinct codes there are; rows give theirs by {@link #codeNumber(int)}. */
    int codeCount() {
        return codes.count;
    }

    String codeName(int number) {
        return codes.names[number];
    }

    int codeNumber(int row) {
        return row < size ? code[row] : pointCode[(row - size) & (POINTS - 1)];
    }

    String code(int row) {
        return codes.names[codeNumber(row)];
    }

    String subject(int row) {
        return row < size ? subject[row] : pointEntityId(row);
    }

    private String pointEntityId(int row) {
        return ((BusinessPartner) pointEntity[(row - size) / POINTS]).id();
    }

    String unit(int row) {
        return row < size ? units.names[unit[row]] : (row - size) % POINTS == SCORE ? "points of 10" : "point";
    }

    /** The place of the Fairwork score among the points; those before it are the ten Cloudwork points. */
    private static final int SCORE = 10;

    IndicatorStatus status(int row) {
        return STATUSES[row < size ? status[row] : pointStatus[row - size]];
    }

    byte kind(int row) {
        return row < size ? kind[row] : (row - size) % POINTS <= SCORE ? IndicatorEngine.K_FAIRWORK
                : IndicatorEngine.K_PAI;
    }

    Object a(int row) {
        return row < size ? a[row] : pointEntity[(row - size) / POINTS];
    }

    Object b(int row) {
        if (row >= size) {
            return null;
        }
        int k = Arrays.binarySearch(bRow, 0, bCount, row);
        return k >= 0 ? bValue[k] : null;
    }

    int key(int row) {
        return row < size ? key[row] : pointKey[(row - size) / POINTS];
    }

    int nth(int row) {
        return row < size ? nth[row] : 0;
    }

    int dup(int row) {
        return dup == null || row >= size ? 0 : dup[row];
    }

    void dup(int row, int n) {
        if (row >= size) {
            throw new IllegalStateException("a point repeats: " + id(row));
        }
        if (dup == null) {
            dup = new int[code.length];
        }
        dup[row] = n;
    }

    /**
     * Once the rows are sorted, their places in the sorted list ({@code order[i]} is the row at place i) take the
     * array of the sort keys, which are no longer needed: one column of the size of the rows less to allocate.
     */
    void sorted(int[] order, int[] runStart) {
        int[] p = key != null ? key : new int[code.length];
        int[] rank = new int[blocks];
        int all = size();
        for (int i = 0; i < all; i++) {
            int r = order[i];
            if (r < size) {
                p[r] = i;
            } else {
                // the runs of the sixteen codes list the blocks in the same order (one key per entity)
                int q = r - size;
                int at = i - runStart[pointCode[q & (POINTS - 1)]];
                assert (q & (POINTS - 1)) == 0 || rank[q / POINTS] == at : "points sorted alike";
                rank[q / POINTS] = at;
            }
        }
        key = null;
        pos = p;
        pointRank = rank;
        this.runStart = runStart;
    }

    /** Drops the places in the sorted list once the risk map is built. */
    void mapped() {
        pos = null;
        place = null;
        pointRank = null;
    }

    /** The graph node of the row's entity, or -1 when it has none or it must be found from {@link #entity}. */
    int entityNode(int row, ChainGraph graph) {
        int p = row < size ? place[row] : pointPlace[(row - size) / POINTS];
        return p < 0 ? -1 : (p & 1) == 1 ? graph.nodeOfSegment(p >> 1) : p >> 1;
    }

    /** The position of the segment the row's subject names, or -1 when it must be found from the subject. */
    int segment(int row) {
        if (row >= size) {
            return -1;
        }
        int p = place[row];
        return p >= 0 && (p & 1) == 1 ? p >> 1 : -1;
    }

    int pos(int row) {
        if (row < size) {
            return pos[row];
        }
        int q = row - size;
        return runStart[pointCode[q & (POINTS - 1)]] + pointRank[q / POINTS];
    }

    /** The value when known, without building anything; null when unknown. */
    BigDecimal known(int row) {
        if (row < size) {
            return amount[row];
        }
        int q = row - size;
        int point = q & (POINTS - 1);
        if (point != SCORE) {
            return pointStatus[q] == IndicatorStatus.MET.ordinal() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        int met = 0;
        for (int i = q - SCORE; i < q; i++) {
            met += pointStatus[i] == IndicatorStatus.MET.ordinal() ? 1 : 0;
        }
        return MET_COUNTS[met];
    }

    /** The value; when unknown, its reason is rebuilt by recomputing the indicator with {@code engine}. */
    Quantity value(int row, IndicatorEngine engine) {
        BigDecimal v = known(row);
        return v != null ? Quantity.known(v, unit(row)) : engine.materialise(row).value();
    }

    /** The subject followed by {@code #n} when the same code and subject occur n times. */
    String tail(int row) {
        int d = dup(row);
        return d == 0 ? subject(row) : subject(row) + "#" + d;
    }

    String id(int row) {
        String id = code(row) + ":" + subject(row);
        int d = dup(row);
        return d == 0 ? id : id + "#" + d;
    }

    /**
     * Id of the entity in the risk map, or null for a chain-wide indicator: the entity of the group the row was
     * computed in (kept as the group, not as a column, to keep rows small).
     */
    String entity(int row) {
        Object x = a(row);
        return switch (kind(row)) {
            case IndicatorEngine.K_HOURLY, IndicatorEngine.K_WAGE, IndicatorEngine.K_PSYCHO,
                    IndicatorEngine.K_OPACITY, IndicatorEngine.K_PASS -> ((WorkforceSegment) x).entity();
            case IndicatorEngine.K_ENTITY, IndicatorEngine.K_FAIRWORK, IndicatorEngine.K_PAI,
                    IndicatorEngine.K_ALGO -> ((BusinessPartner) x).id();
            case IndicatorEngine.K_PATH_RATIO, IndicatorEngine.K_ENV, IndicatorEngine.K_MINERAL -> (String) x;
            case IndicatorEngine.K_EQUAL -> ((List<?>) b(row)).isEmpty() ? null
                    : ((WorkforceSegment) ((List<?>) b(row)).get(0)).entity();
            default -> null;
        };
    }

    /**
     * Texts numbered in the order first met, compared by reference (interned codes) or by text (units), with a
     * small table by hash in front of the map: rows come with few distinct texts, mostly the same few in turn.
     */
    private static final class Names {
        private final boolean byReference;
        private final String what;
        private final Map<String, Integer> numbers;
        private final String[] slot = new String[256];
        private final int[] slotNumber = new int[256];
        private String[] names = new String[64];
        private int count;
        private String last;
        private int lastNumber;

        Names(boolean byReference, String what) {
            this.byReference = byReference;
            this.what = what;
            this.numbers = byReference ? new IdentityHashMap<>() : new HashMap<>();
        }

        /** A copy with the same numbers. */
        Names copy() {
            Names c = new Names(byReference, what);
            for (int n = 0; n < count; n++) {
                c.number(names[n]);
            }
            return c;
        }

        int number(String name) {
            if (name == last) {
                return lastNumber;
            }
            int at = name.hashCode() & (slot.length - 1);
            String cached = slot[at];
            if (cached == name || !byReference && name.equals(cached)) {
                last = name;
                lastNumber = slotNumber[at];
                return lastNumber;
            }
            Integer n = numbers.get(name);
            if (n == null) {
                if (count == Short.MAX_VALUE) {
                    throw new IllegalStateException("too many " + what);
                }
                n = count;
                if (count == names.length) {
                    names = Arrays.copyOf(names, count * 2);
                }
                names[count++] = name;
                numbers.put(name, n);
            }
            slot[at] = name;
            slotNumber[at] = n;
            last = name;
            lastNumber = n;
            return n;
        }
    }
}
