package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.IdTable;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * Turns indicators and incidents into the ranked risk map, following {@link RiskRules}.
 *
 * <p>Built for large chains: entities and segments are numbered ({@link IdTable}), an entity's indicators are
 * sorted into per-category scratch arrays reused from entity to entity, the headcount of each segment is read
 * once, and the severity score and priority are computed once per combination of scale, scope,
 * irremediability, likelihood and occurrence (a "class"). Risks are produced entity by entity in entity-id
 * order and category order, so ranking them is a stable counting sort on the rank of their class; each
 * {@link Risk} is then built once, with its final rank. The justification is worded when read, by
 * {@link #justify}, which scores the risk again the plain way.
 */
final class RiskMapper {
    private static final RiskRules.CategoryRule DEFAULT_CATEGORY = new RiskRules.CategoryRule(1, 1, 0, Optional.empty());
    private static final ImpactCategory[] CATEGORIES = ImpactCategory.values();
    private static final int NOT_YET = Integer.MIN_VALUE;

    private final IndicatorEngine engine;
    /** The indicators being mapped. */
    private Entries rows;
    private final ChainGraph graph;
    private final RiskRules rules;
    private final MathContext mc;
    private final int max;
    /** Segment ids numbered in chain order; the first segment with an id is the one whose headcount counts. */
    private final IdTable segmentIds;
    /** The number of each segment's id, by position in the chain's list. */
    private final int[] numberAt;
    private final WorkforceSegment[] segmentByNumber;
    /** The positions of the segments at node v: {@code nodeSegment[nodeSegmentStart[v] .. nodeSegmentStart[v+1]-1]}. */
    private final int[] nodeSegmentStart;
    private final int[] nodeSegment;
    /** Headcount of each numbered segment ({@link org.dutyofvigilance.model.Headcount#best()}), or -1. */
    private final long[] headcount;
    /** Per category ordinal. */
    private final RiskRules.CategoryRule[] categoryRules;
    /** Likelihood given by a driver of each status (by ordinal). */
    private final int[] likelihoodOf;
    private final long[] bandAtLeast;
    private final int[] bandScore;

    /** What the rules say about one indicator code. */
    private static final class Code {
        final RiskRules.DriverRule rule;
        final boolean opacity;
        /** Whether the code can make or change a risk (a driver or an opacity code). */
        final boolean relevant;
        /** Per status ordinal: whether a driver with this status raises its risks. */
        final boolean[] raises;
        /** Ordinals of the categories it drives, in the rule's order (repeats kept). */
        final int[] categories;

        Code(RiskRules.DriverRule rule, boolean opacity, java.util.Set<IndicatorStatus> defaults) {
            this.rule = rule;
            this.opacity = opacity;
            this.relevant = rule != null || opacity;
            IndicatorStatus[] statuses = IndicatorStatus.values();
            this.raises = new boolean[statuses.length];
            if (rule != null) {
                for (IndicatorStatus s : statuses) {
                    raises[s.ordinal()] = rule.raises(s, defaults);
                }
                categories = new int[rule.categories().size()];
                for (int k = 0; k < categories.length; k++) {
                    categories[k] = rule.categories().get(k).ordinal();
                }
            } else {
                categories = new int[0];
            }
        }
    }

    /** Codes looked up once per code, then by reference (the codes are the engine's constants). */
    private final IdentityHashMap<String, Code> codes = new IdentityHashMap<>();
    private String lastCode;
    private static final int MAX_CODE_SLOTS = 1 << 14;
    private String[] codeKeys = new String[64];
    private Code[] codeValues = new Code[64];
    private Code lastCodeInfo;

    /**
     * A helper that maps some of the entities on another thread: it shares the mapper's inputs and keeps its own
     * slots, classes and caches, which the mapper then takes over ({@link #absorb}).
     */
    private RiskMapper(RiskMapper main) {
        this.engine = main.engine;
        this.rows = main.rows;
        this.graph = main.graph;
        this.rules = main.rules;
        this.mc = main.mc;
        this.max = main.max;
        this.segmentIds = main.segmentIds;
        this.numberAt = main.numberAt;
        this.segmentByNumber = main.segmentByNumber;
        this.nodeSegmentStart = main.nodeSegmentStart;
        this.nodeSegment = main.nodeSegment;
        this.headcount = main.headcount;
        this.categoryRules = main.categoryRules;
        this.likelihoodOf = main.likelihoodOf;
        this.bandAtLeast = main.bandAtLeast;
        this.bandScore = main.bandScore;
    }

    RiskMapper(IndicatorEngine engine, ChainOfActivities chain, ChainGraph graph, RiskRules rules, MathContext mc) {
        this.engine = engine;
        this.graph = graph;
        this.rules = rules;
        this.mc = mc;
        this.max = rules.maxScore();
        List<WorkforceSegment> segments = chain.workforceSegments();
        // the engine's numbering of the segment ids
        this.segmentIds = engine.segmentIds();
        WorkforceSegment[] byNumber = new WorkforceSegment[segmentIds.size()];
        this.numberAt = new int[segments.size()];
        for (int i = 0; i < numberAt.length; i++) {
            int n = engine.segmentNumberAt(i);
            numberAt[i] = n;
            if (byNumber[n] == null) {
                byNumber[n] = segments.get(i);
            }
        }
        this.nodeSegmentStart = engine.nodeSegmentStarts();
        this.nodeSegment = engine.nodeSegments();
        this.segmentByNumber = byNumber;
        this.headcount = new long[segmentIds.size()];
        for (int n = 0; n < headcount.length; n++) {
            Optional<Integer> h = byNumber[n].headcount().best();
            headcount[n] = h.isPresent() ? h.get() : -1;
        }
        this.categoryRules = new RiskRules.CategoryRule[CATEGORIES.length];
        for (ImpactCategory c : CATEGORIES) {
            categoryRules[c.ordinal()] = rules.categories().getOrDefault(c, DEFAULT_CATEGORY);
        }
        IndicatorStatus[] statuses = IndicatorStatus.values();
        this.likelihoodOf = new int[statuses.length];
        for (IndicatorStatus s : statuses) {
            likelihoodOf[s.ordinal()] = rules.likelihood().getOrDefault(s, 1);
        }
        List<RiskRules.ScopeBand> bands = rules.scopeBands();
        this.bandAtLeast = new long[bands.size()];
        this.bandScore = new int[bands.size()];
        for (int k = 0; k < bands.size(); k++) {
            bandAtLeast[k] = bands.get(k).atLeast();
            bandScore[k] = bands.get(k).score();
        }
    }

    /** What the rules say about the code of a row, by the row's code number (one look-up per code). */
    private Code codeOf(int row) {
        int number = rows.codeNumber(row);
        Code[] known = codeByNumber;
        if (known == null || number >= known.length) {
            known = codeByNumber = Arrays.copyOf(known == null ? new Code[0] : known, rows.codeCount());
        }
        Code c = known[number];
        if (c == null) {
            c = known[number] = code(rows.codeName(number));
        }
        return c;
    }

    /** {@link #codeOf} by code number, filled as codes are met. */
    private Code[] codeByNumber;

    private Code code(String code) {
        if (code == lastCode) {
            return lastCodeInfo;
        }
        // a direct-mapped cache by the string's (cached) hash, grown until the codes seen do not collide
        int slot = code.hashCode() & (codeKeys.length - 1);
        Code c;
        if (codeKeys[slot] == code) {
            c = codeValues[slot];
        } else {
            c = codes.get(code);
            if (c == null) {
                c = new Code(rules.drivers().get(code), rules.opacityCodes().contains(code), rules.riskStatuses());
                codes.put(code, c);
            }
            if (codeKeys[slot] != null && codeKeys.length < MAX_CODE_SLOTS) {
                growCodeSlots();
                slot = code.hashCode() & (codeKeys.length - 1);
            }
            codeKeys[slot] = code;
            codeValues[slot] = c;
        }
        lastCode = code;
        lastCodeInfo = c;
        return c;
    }

    /** Doubles the code cache until the codes seen so far each have a slot of their own (or it is at its largest). */
    private void growCodeSlots() {
        int size = codeKeys.length;
        boolean collides;
        do {
            size *= 2;
            boolean[] used = new boolean[size];
            collides = false;
            for (String known : codes.keySet()) {
                int slot = known.hashCode() & (size - 1);
                collides |= used[slot];
                used[slot] = true;
            }
        } while (collides && size < MAX_CODE_SLOTS);
        codeKeys = new String[size];
        codeValues = new Code[size];
        for (Map.Entry<String, Code> known : codes.entrySet()) {
            int slot = known.getKey().hashCode() & (size - 1);
            codeKeys[slot] = known.getKey();
            codeValues[slot] = known.getValue();
        }
    }

    // ---- the risks found, one slot each, in entity-id order then category order ----
    private int riskCount;
    private int[] riskEntity = new int[256];
    private int[] riskTier = new int[256];
    private byte[] riskCategory = new byte[256];
    private int[] riskClass = new int[256];
    private boolean[] riskOpaque = new boolean[256];
    /**
     * The rows each risk cites, all risks in one array: risk r's drivers are {@code listRows[riskListFrom[r] ..
     * riskContextFrom[r]-1]}, its context runs on to the next risk's drivers (or {@link #listSize}).
     */
    private int[] listRows = new int[1024];
    private int listSize;
    /** Where this mapper's rows in {@link #listRows} start (after the first half's, for a helper). */
    private int listBase;
    /** Where this mapper must stop writing in {@link #listRows} (a helper writes from there on). */
    private int listEnd = Integer.MAX_VALUE;
    private int[] riskListFrom = new int[256];
    private int[] riskContextFrom = new int[256];
    private List<Incident>[] riskIncidents = newIncidentLists(256);

    @SuppressWarnings("unchecked")
    private static List<Incident>[] newIncidentLists(int n) {
        return (List<Incident>[]) new List<?>[n];
    }

    // ---- classes: one per (scale, scope, irremediability, likelihood, occurrence) ----
    private record ClassKey(int scale, int scope, int irr, int likelihood, boolean actual) {
    }

    /** Class + 1 by packed scores when the scores are small (the shipped rules: 1..4), else by key. */
    private int[] classTable;
    private final HashMap<ClassKey, Integer> classByKey = new HashMap<>();
    private final List<RiskSeverity> classSeverity = new ArrayList<>();
    private final List<BigDecimal> classPriority = new ArrayList<>();
    private final List<Occurrence> classOccurrence = new ArrayList<>();
    private final List<Integer> classLikelihood = new ArrayList<>();

    /**
     * The risk map of the indicators of a report, from their compact entries in the order they were computed
     * (those of one entity mostly together, so the entity is looked up once per run, not once per indicator);
     * each entity's entries are then put back in id order ({@link Entries#pos}). Call after the rows are sorted
     * ({@link IndicatorEngine#indicators()}).
     */
    List<Risk> map(Entries indicators, List<Incident> incidents) {
        this.rows = indicators;
        // entities are numbered by their graph node; those the graph does not know after the nodes
        int nodes = graph.nodeCount();
        IdTable extra = new IdTable(16);
        // how many entries each entity has that can make or change a risk (drivers and opacity codes)
        int[] start = new int[nodes + 64];
        int relevant = 0;
        // the rows in columns one by one; the points a block (an entity) at a time
        int columnRows = indicators.columnRows();
        int blocks = indicators.blocks();
        int[] blockEntity = new int[blocks];
        boolean[] relevantPoint = new boolean[Entries.POINTS];
        int relevantPoints = 0;
        int citablePoints = 0;
        for (int point = 0; point < Entries.POINTS && blocks > 0; point++) {
            int row = columnRows + point;
            relevantPoint[point] = codeOf(row).relevant;
            relevantPoints += relevantPoint[point] ? 1 : 0;
            citablePoints += relevantPoint[point] ? codeOf(row).categories.length : 0;
        }
        for (int b = 0; b < blocks; b++) {
            int number = relevantPoints == 0 ? -1 : entityOf(columnRows + b * Entries.POINTS, nodes, extra, true);
            blockEntity[b] = number;
            if (number < 0) {
                continue;
            }
            if (number + 1 >= start.length) {
                start = Arrays.copyOf(start, Math.max(start.length * 2, number + 2));
            }
            start[number + 1] += relevantPoints;
            relevant += relevantPoints;
        }
        for (int k = 0; k < columnRows; k++) {
            int number = entityOf(k, nodes, extra);
            if (number < 0) {
                continue;
            }
            if (number + 1 >= start.length) {
                start = Arrays.copyOf(start, Math.max(start.length * 2, number + 2));
            }
            start[number + 1]++;
            relevant++;
        }
        int[] incidentEntity = new int[incidents.size()];
        for (int k = 0; k < incidentEntity.length; k++) {
            incidentEntity[k] = entityNumber(incidents.get(k).entity(), nodes, extra);
        }
        int entityCount = nodes + extra.size();

        // each entity's entries together (in the order met), then in id order
        start = Arrays.copyOf(start, entityCount + 1);
        for (int e = 0; e < entityCount; e++) {
            start[e + 1] += start[e];
        }
        int[] byEntity = new int[relevant];
        int[] fill = Arrays.copyOf(start, entityCount);
        // the most rows the risks of each entity can cite: each entry once per category its rule names
        int[] citable = new int[entityCount];
        for (int k = 0; k < columnRows; k++) {
            int e = entityOf(k, nodes, extra);
            if (e >= 0) {
                byEntity[fill[e]++] = k;
                citable[e] += codeOf(k).categories.length;
            }
        }
        for (int b = 0; b < blocks; b++) {
            int e = blockEntity[b];
            if (e >= 0) {
                int first = columnRows + b * Entries.POINTS;
                for (int point = 0; point < Entries.POINTS; point++) {
                    if (relevantPoint[point]) {
                        byEntity[fill[e]++] = first + point;
                    }
                }
                citable[e] += citablePoints;
            }
        }
        fill = null;
        List<Incident>[] incidentsAt = null;
        if (incidentEntity.length > 0) {
            incidentsAt = newIncidentLists(entityCount);
            for (int k = 0; k < incidentEntity.length; k++) {
                List<Incident> l = incidentsAt[incidentEntity[k]];
                if (l == null) {
                    incidentsAt[incidentEntity[k]] = l = new ArrayList<>(2);
                }
                l.add(incidents.get(k));
            }
        }

        // the entities with entries or incidents, in id order
        String[] names = new String[entityCount];
        int[] order = new int[entityCount];
        int used = 0;
        for (int e = 0; e < entityCount; e++) {
            if (start[e + 1] > start[e] || incidentsAt != null && incidentsAt[e] != null) {
                names[e] = e < nodes ? graph.entityOfNode(e) : extra.id(e - nodes);
                order[used++] = e;
            }
        }
        NameSort.sort(order, used, names);
        if (used >= SPLIT_AT && Runtime.getRuntime().availableProcessors() > 1 || splitForTests) {
            // the entities are independent: the second half on another thread, taken over after the first
            int mid = used / 2;
            RiskMapper helper = new RiskMapper(this);
            // this mapper's arrays are sized for both halves, so that taking the helper's over moves nothing; the
            // cited rows share one array, the helper writing after the most this half can cite
            listRows = new int[citable(order, 0, used, citable)];
            listEnd = citable(order, 0, mid, citable);
            helper.listRows = listRows;
            helper.listBase = helper.listSize = listEnd;
            reserveSlots(used);
            helper.reserveSlots(used - mid);
            List<Incident>[] at = incidentsAt;
            int[] entries = byEntity;
            int[] starts = start;
            int count = used;
            java.util.concurrent.ForkJoinTask<?> second = java.util.concurrent.ForkJoinPool.commonPool().submit(
                    () -> helper.mapEntities(order, mid, count, entries, starts, names, at, nodes));
            mapEntities(order, 0, mid, byEntity, start, names, incidentsAt, nodes);
            second.join();
            absorb(helper);
        } else {
            listRows = new int[citable(order, 0, used, citable)];
            reserveSlots(used);
            mapEntities(order, 0, used, byEntity, start, names, incidentsAt, nodes);
        }
        return rank(names);
    }

    /** The most rows the risks of the entities {@code order[from .. to-1]} can cite. */
    private static int citable(int[] order, int from, int to, int[] citable) {
        long sum = 0;
        for (int k = from; k < to; k++) {
            sum += citable[order[k]];
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, sum);
    }

    /** Entities from which the map is made on two threads (when the machine has more than one core). */
    private static final int SPLIT_AT = 20_000;
    /** Whether every map is made on two threads (for tests). */
    boolean splitForTests;

    /** The risks of the entities {@code order[from .. to-1]}, in that order, into this mapper's slots. */
    private void mapEntities(int[] order, int from, int to, int[] byEntity, int[] start, String[] names,
            List<Incident>[] incidentsAt, int nodes) {
        Scratch scratch = new Scratch(segmentIds.size());
        for (int k = from; k < to; k++) {
            int e = order[k];
            sortByPosition(byEntity, start[e], start[e + 1]);
            int tier = e < nodes ? Math.max(-1, graph.tierOfNode(e)) : -1;
            risksAt(e, names[e], tier, byEntity, start[e], start[e + 1], incidentsAt == null ? null : incidentsAt[e],
                    scratch);
        }
    }

    /** Takes over a helper's slots after these (its classes renumbered into these, its rows' lists appended). */
    private void absorb(RiskMapper helper) {
        int[] classOfHelper = new int[helper.classSeverity.size()];
        for (int c = 0; c < classOfHelper.length; c++) {
            RiskSeverity sev = helper.classSeverity.get(c);
            classOfHelper[c] = classOf(sev.scale(), sev.scope(), sev.irremediability(), helper.classLikelihood.get(c),
                    helper.classOccurrence.get(c) == Occurrence.ACTUAL);
        }
        int offset = listSize - helper.listBase;
        int helperRows = helper.listSize - helper.listBase;
        if (listSize + helperRows > listRows.length) {
            listRows = Arrays.copyOf(listRows, listSize + helperRows);
        }
        // the same array, unless one of them had to grow: moved down to follow this mapper's rows
        System.arraycopy(helper.listRows, helper.listBase, listRows, listSize, helperRows);
        listSize += helperRows;
        listEnd = Integer.MAX_VALUE;
        int n = helper.riskCount;
        int total = riskCount + n;
        if (total > riskEntity.length) {
            resizeSlots(total);
        }
        System.arraycopy(helper.riskEntity, 0, riskEntity, riskCount, n);
        System.arraycopy(helper.riskTier, 0, riskTier, riskCount, n);
        System.arraycopy(helper.riskCategory, 0, riskCategory, riskCount, n);
        System.arraycopy(helper.riskOpaque, 0, riskOpaque, riskCount, n);
        System.arraycopy(helper.riskIncidents, 0, riskIncidents, riskCount, n);
        for (int r = 0; r < n; r++) {
            riskClass[riskCount + r] = classOfHelper[helper.riskClass[r]];
            riskListFrom[riskCount + r] = helper.riskListFrom[r] + offset;
            riskContextFrom[riskCount + r] = helper.riskContextFrom[r] + offset;
        }
        riskCount = total;
    }

    /**
     * Puts an entity's entries back in id order, by their place in the sorted list: in place by insertion
     * for the few entries of one entity, on primitive keys when there are many.
     */
    private void sortByPosition(int[] a, int from, int to) {
        boolean ordered = true;
        for (int i = from + 1; i < to && ordered; i++) {
            ordered = rows.pos(a[i - 1]) < rows.pos(a[i]);
        }
        if (ordered) {
            return;
        }
        int n = to - from;
        if (n <= 32) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int xPos = rows.pos(x);
                int j = i - 1;
                while (j >= from && rows.pos(a[j]) > xPos) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) rows.pos(a[from + i]) << 32 | i;
        }
        Arrays.sort(keys);
        int[] copy = Arrays.copyOfRange(a, from, to);
        for (int i = 0; i < n; i++) {
            a[from + i] = copy[(int) keys[i]];
        }
    }

    /** Arrays reused from one entity to the next. */
    private static final class Scratch {
        final int[] driverCount = new int[CATEGORIES.length];
        final int[] contextCount = new int[CATEGORIES.length];
        /** Per category: indices (into the entity's entries) of its drivers and of its context. */
        final int[][] drivers = new int[CATEGORIES.length][8];
        final int[][] context = new int[CATEGORIES.length][8];
        /** Per entry of the entity: its code, segment number (or -1, or NOT_YET), scale (or NOT_YET). */
        Code[] code = new Code[16];
        int[] segment = new int[16];
        int[] scale = new int[16];
        /** Stamp per segment number: counted in the current risk. */
        final int[] mark;
        int stamp;
        /** The current risk's scope so far: people counted, whether a headcount is unknown, any segment. */
        long people;
        boolean unknown;
        boolean affected;
        @SuppressWarnings("unchecked")
        final List<Incident>[] actual = (List<Incident>[]) new List<?>[CATEGORIES.length];
        /** Subjects of the current entity already looked up, with their segment number. */
        final String[] subject = new String[8];
        final int[] subjectSegment = new int[8];
        int subjects;
        /** Whether {@link #actual} holds lists of the previous entity. */
        boolean anyActual;
        /** The rows picked for one list of a risk, before {@link EntryIds#of} copies them. */
        int[] picked = new int[16];

        /** The rows of some of an entity's entries, in a buffer reused for the next pick. */
        int[] pick(int[] all, int from, int[] index, int size) {
            if (picked.length < size) {
                picked = new int[Math.max(size, picked.length * 2)];
            }
            for (int i = 0; i < size; i++) {
                picked[i] = all[from + index[i]];
            }
            return picked;
        }

        Scratch(int segments) {
            mark = new int[segments];
        }
    }

    /**
     * The number of the entity of an entry that can make or change a risk (a driver or an opacity code), or -1
     * for any other entry and for a chain-wide one; the same each time it is asked (the entity ids the graph does
     * not know are numbered in {@code extra} once).
     */
    private int entityOf(int row, int nodes, IdTable extra) {
        return entityOf(row, nodes, extra, false);
    }

    /** {@link #entityOf(int, int, IdTable)}, for any code when {@code anyCode}. */
    private int entityOf(int row, int nodes, IdTable extra, boolean anyCode) {
        if (!anyCode && !codeOf(row).relevant) {
            return -1;
        }
        int number = rows.entityNode(row, graph);
        if (number >= 0) {
            return number;
        }
        String entity = rows.entity(row);
        if (entity == null) {
            return -1;
        }
        if (entity != lastEntity) {
            lastEntity = entity;
            lastEntityNumber = entityNumber(entity, nodes, extra);
        }
        return lastEntityNumber;
    }

    /** The entity id {@link #entityOf} looked up last, and its number. */
    private String lastEntity;
    private int lastEntityNumber;

    /** The number of an entity: its graph node, else a number after the nodes. */
    private int entityNumber(String entity, int nodes, IdTable extra) {
        int node = graph.node(entity);
        return node >= 0 ? node : nodes + extra.add(entity);
    }

    private void risksAt(int e, String entity, int entityTier, int[] all, int from, int to, List<Incident> incidents,
            Scratch s) {
        int n = to - from;
        if (s.code.length < n) {
            int len = Math.max(n, s.code.length * 2);
            s.code = new Code[len];
            s.segment = new int[len];
            s.scale = new int[len];
        }
        boolean opaque = false;
        for (int k = 0; k < n; k++) {
            int i = all[from + k];
            Code c = codeOf(i);
            s.code[k] = c;
            s.segment[k] = NOT_YET;
            s.scale[k] = NOT_YET;
            opaque |= rows.status(i) == IndicatorStatus.ADVERSE && c.opacity;
        }
        s.subjects = 0;
        Arrays.fill(s.driverCount, 0);
        Arrays.fill(s.contextCount, 0);
        for (int k = 0; k < n; k++) {
            Code c = s.code[k];
            if (c.rule == null) {
                continue;
            }
            boolean raises = c.raises[rows.status(all[from + k]).ordinal()];
            int[][] lists = raises ? s.drivers : s.context;
            int[] counts = raises ? s.driverCount : s.contextCount;
            for (int cat : c.categories) {
                int m = counts[cat];
                if (m == lists[cat].length) {
                    lists[cat] = Arrays.copyOf(lists[cat], m * 2);
                }
                lists[cat][m] = k;
                counts[cat] = m + 1;
            }
        }
        if (s.anyActual) {
            Arrays.fill(s.actual, null);
            s.anyActual = false;
        }
        if (incidents != null) {
            s.anyActual = true;
            for (Incident inc : incidents) {
                for (ImpactCategory c : rules.incidents().getOrDefault(inc.kind(), List.of())) {
                    List<Incident> l = s.actual[c.ordinal()];
                    if (l == null) {
                        s.actual[c.ordinal()] = l = new ArrayList<>(2);
                    }
                    l.add(inc);
                }
            }
        }
        for (int cat = 0; cat < CATEGORIES.length; cat++) {
            if (s.driverCount[cat] > 0 || s.actual[cat] != null) {
                risk(e, entity, entityTier, cat, all, from, opaque, s);
            }
        }
    }

    /** Counts a segment's headcount in the current risk's scope, once per risk (marked with the risk's stamp). */
    private void count(int segment, int stamp, Scratch s) {
        if (s.mark[segment] != stamp) {
            s.mark[segment] = stamp;
            s.affected = true;
            long h = headcount[segment];
            if (h >= 0) {
                s.people += h;
            } else {
                s.unknown = true;
            }
        }
    }

    /** {@link #segmentNumber(String)}, remembered for the few subjects of the current entity. */
    private int segmentNumber(String subject, Scratch s) {
        for (int k = 0; k < s.subjects; k++) {
            if (s.subject[k] == subject) {
                return s.subjectSegment[k];
            }
        }
        int n = segmentNumber(subject);
        if (s.subjects < s.subject.length) {
            s.subject[s.subjects] = subject;
            s.subjectSegment[s.subjects++] = n;
        }
        return n;
    }

    /** The segment number a driver's subject names, or -1 (see {@link #segmentOf}). */
    private int segmentNumber(String subject) {
        int n = segmentIds.get(subject);
        if (n < 0) {
            int at = subject.indexOf('@');
            if (at > 0) {
                n = segmentIds.get(subject.substring(0, at));
            }
        }
        if (n < 0) {
            int colon = subject.lastIndexOf(':');
            if (colon > 0) {
                n = segmentIds.get(subject.substring(0, colon));
            }
        }
        return n;
    }

    /** Scores one risk of an entity and keeps it in the next slot. */
    private void risk(int e, String entity, int tier, int cat, int[] all, int from, boolean opaque, Scratch s) {
        RiskRules.CategoryRule rule = categoryRules[cat];
        List<Incident> incidents = s.actual[cat];
        boolean isActual = incidents != null; // lists are only made to hold at least one
        int nd = s.driverCount[cat];
        int[] drivers = s.drivers[cat];

        int scale = rule.baseScale();
        for (int k = 0; k < nd; k++) {
            int d = drivers[k];
            int sc = s.scale[d];
            if (sc == NOT_YET) {
                Code c = s.code[d];
                s.scale[d] = sc = c.rule.bands().isEmpty() ? c.rule.scale() : c.rule.scaleFor(Optional.ofNullable(rows.known(all[from + d])));
            }
            if (sc > scale) {
                scale = sc;
            }
        }

        int scope;
        if (rule.fixedScope().isPresent()) {
            scope = rule.fixedScope().get();
        } else {
            int stamp = ++s.stamp;
            if (stamp == 0) { // wrapped around: start again
                Arrays.fill(s.mark, 0);
                stamp = s.stamp = 1;
            }
            s.people = 0;
            s.unknown = false;
            s.affected = false;
            for (int k = 0; k < nd; k++) {
                int d = drivers[k];
                int seg = s.segment[d];
                if (seg == NOT_YET) {
                    int row = all[from + d];
                    int at = rows.segment(row);
                    s.segment[d] = seg = at >= 0 ? numberAt[at] : segmentNumber(rows.subject(row), s);
                }
                if (seg >= 0) {
                    count(seg, stamp, s);
                } else {
                    // the entity's segments (none when the graph does not know the entity)
                    if (e < nodeSegmentStart.length - 1) {
                        for (int q = nodeSegmentStart[e], end = nodeSegmentStart[e + 1]; q < end; q++) {
                            count(numberAt[nodeSegment[q]], stamp, s);
                        }
                    }
                }
            }
            long people = s.people;
            boolean unknown = s.unknown;
            boolean affected = s.affected;
            boolean noneCounted = true;
            if (incidents != null) {
                for (Incident inc : incidents) {
                    Optional<Integer> p = inc.peopleAffected();
                    people = Math.max(people, p.orElse(0));
                    if (p.isEmpty()) {
                        if (!affected) {
                            unknown = true;
                        }
                    } else {
                        noneCounted = false;
                    }
                }
            }
            if (!affected && noneCounted) {
                unknown = true;
            }
            int band = 1;
            for (int b = 0; b < bandAtLeast.length; b++) {
                if (people >= bandAtLeast[b]) {
                    band = bandScore[b];
                    break;
                }
            }
            scope = unknown ? Math.max(band, rules.scopeIfUnknown()) : band;
        }

        int irr = Math.min(max, rule.irremediability() + (isActual ? rule.actualUplift() : 0));

        int likelihood;
        if (isActual) {
            likelihood = rules.actualLikelihood();
        } else {
            likelihood = 1;
            boolean nonOpacity = false;
            for (int k = 0; k < nd; k++) {
                int d = drivers[k];
                int l = likelihoodOf[rows.status(all[from + d]).ordinal()];
                nonOpacity |= !s.code[d].opacity;
                if (l > likelihood) {
                    likelihood = l;
                }
            }
            if (opaque && nonOpacity && rules.opacityUplift() > 0 && likelihood < max) {
                likelihood = Math.min(max, likelihood + rules.opacityUplift());
            }
        }

        int r = riskCount;
        if (r == riskEntity.length) {
            resizeSlots(r + (r >> 1) + 16);
        }
        riskEntity[r] = e;
        riskTier[r] = tier;
        riskCategory[r] = (byte) cat;
        riskClass[r] = classOf(scale, scope, irr, likelihood, isActual);
        riskOpaque[r] = opaque;
        int nc = s.contextCount[cat];
        if (listSize + nd + nc > Math.min(listRows.length, listEnd)) {
            // a copy of its own (the array may be shared with a helper that writes from listEnd on)
            listRows = Arrays.copyOf(listRows, Math.max(listSize + nd + nc, listRows.length + (listRows.length >> 1)));
            listEnd = Integer.MAX_VALUE;
        }
        riskListFrom[r] = listSize;
        listSize += EntryIds.distinct(s.pick(all, from, drivers, nd), nd, listRows, listSize);
        riskContextFrom[r] = listSize;
        listSize += EntryIds.distinct(s.pick(all, from, s.context[cat], nc), nc, listRows, listSize);
        riskIncidents[r] = incidents;
        riskCount = r + 1;
    }

    /**
     * Makes room for the risks of this many entities, at a guess of {@link #RISKS_PER_ENTITY} each (the slots grow
     * by half when the guess is short).
     */
    private void reserveSlots(int entities) {
        long want = (long) entities * RISKS_PER_ENTITY;
        if (want > riskEntity.length) {
            resizeSlots((int) Math.min(Integer.MAX_VALUE - 8, want));
        }
    }

    /** Risks an entity with entries usually has (its categories with drivers): a first size for the slots. */
    private static final int RISKS_PER_ENTITY = 3;

    /** Makes room for this many risk slots. */
    private void resizeSlots(int len) {
        riskEntity = Arrays.copyOf(riskEntity, len);
        riskTier = Arrays.copyOf(riskTier, len);
        riskCategory = Arrays.copyOf(riskCategory, len);
        riskClass = Arrays.copyOf(riskClass, len);
        riskOpaque = Arrays.copyOf(riskOpaque, len);
        riskListFrom = Arrays.copyOf(riskListFrom, len);
        riskContextFrom = Arrays.copyOf(riskContextFrom, len);
        riskIncidents = Arrays.copyOf(riskIncidents, len);
    }

    /** The class of a risk: its severity, priority and occurrence, computed once per combination. */
    private int classOf(int scale, int scope, int irr, int likelihood, boolean actual) {
        // scale, scope and likelihood are 1..max (the rules check it); irremediability can fall below 1
        boolean direct = max < 16 && irr >= 1 && irr <= max;
        int index = direct ? (((scale * 16 + scope) * 16 + irr) * 16 + likelihood) * 2 + (actual ? 1 : 0) : -1;
        Integer known;
        ClassKey key = null;
        if (direct) {
            if (classTable == null) {
                classTable = new int[16 * 16 * 16 * 16 * 2];
            }
            int c = classTable[index] - 1;
            known = c >= 0 ? c : null;
        } else {
            key = new ClassKey(scale, scope, irr, likelihood, actual);
            known = classByKey.get(key);
        }
        if (known != null) {
            return known;
        }
        RiskRules.Weights w = rules.weights();
        BigDecimal weighted = w.scale().multiply(BigDecimal.valueOf(scale), mc)
                .add(w.scope().multiply(BigDecimal.valueOf(scope), mc), mc)
                .add(w.irremediability().multiply(BigDecimal.valueOf(irr), mc), mc);
        BigDecimal score = weighted.divide(w.scale().add(w.scope(), mc).add(w.irremediability(), mc), mc)
                .setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal priority = score.multiply(BigDecimal.valueOf(likelihood), mc).setScale(2, RoundingMode.HALF_EVEN);
        int c = classSeverity.size();
        classSeverity.add(new RiskSeverity(scale, scope, irr, score));
        classPriority.add(priority);
        classOccurrence.add(actual ? Occurrence.ACTUAL : Occurrence.POTENTIAL);
        classLikelihood.add(likelihood);
        if (direct) {
            classTable[index] = c + 1;
        } else {
            classByKey.put(key, c);
        }
        return c;
    }

    /**
     * The risks in rank order: by priority (highest first), severity score (highest first), actual before
     * potential, entity id, category. The classes are ranked on the first three; the slots are already in
     * entity and category order, so a stable counting sort on the class rank finishes the job.
     */
    private List<Risk> rank(String[] entities) {
        int classes = classSeverity.size();
        Integer[] order = new Integer[classes];
        for (int c = 0; c < classes; c++) {
            order[c] = c;
        }
        java.util.Comparator<Integer> byClass = (a, b) -> {
            int x = classPriority.get(b).compareTo(classPriority.get(a));
            if (x == 0) {
                x = classSeverity.get(b).score().compareTo(classSeverity.get(a).score());
            }
            if (x == 0) {
                x = classOccurrence.get(a).compareTo(classOccurrence.get(b));
            }
            return x;
        };
        Arrays.sort(order, byClass);
        int[] classRank = new int[classes];
        for (int k = 0; k < classes; k++) {
            classRank[order[k]] = k > 0 && byClass.compare(order[k - 1], order[k]) == 0 ? classRank[order[k - 1]] : k;
        }
        int n = riskCount;
        int[] start = new int[classes + 1];
        for (int r = 0; r < n; r++) {
            start[classRank[riskClass[r]] + 1]++;
        }
        for (int c = 0; c < classes; c++) {
            start[c + 1] += start[c];
        }
        int[] place = new int[n];
        for (int r = 0; r < n; r++) {
            place[start[classRank[riskClass[r]]]++] = r;
        }
        this.place = place;
        this.entityNames = entities;
        if (listSize < listRows.length - listRows.length / 5) {
            listRows = Arrays.copyOf(listRows, listSize);
        }
        return new LazyRisks(this, n);
    }

    /** The risks in rank order ({@link #place}: rank - 1 to slot) and the entity names by number; set by rank. */
    private int[] place;
    private String[] entityNames;

    /**
     * The risk of this rank - 1, built from its slot (its justification worded when first read). Reads only what
     * the map left behind, so it may run on any thread once the map is built.
     */
    Risk riskAt(int p) {
        int r = place[p];
        String entity = entityNames[riskEntity[r]];
        ImpactCategory category = CATEGORIES[riskCategory[r]];
        int c = riskClass[r];
        int driversFrom = riskListFrom[r];
        int contextFrom = riskContextFrom[r];
        int contextTo = r + 1 < riskCount ? riskListFrom[r + 1] : listSize;
        List<Incident> incidents = riskIncidents[r] == null ? List.of() : riskIncidents[r];
        boolean opaque = riskOpaque[r];
        int[] rowsOfList = listRows;
        return new Risk("RISK:" + entity + ":" + category.name(), p + 1, entity, riskTier[r], category,
                classOccurrence.get(c), classSeverity.get(c), classLikelihood.get(c), classPriority.get(c),
                driversFrom == contextFrom ? List.of() : EntryIds.view(rows, rowsOfList, driversFrom, contextFrom),
                contextFrom == contextTo ? List.of() : EntryIds.view(rows, rowsOfList, contextFrom, contextTo),
                incidentIds(incidents), () -> justify(entity, category,
                        Arrays.copyOfRange(rowsOfList, driversFrom, contextFrom), incidents, opaque), null, null);
    }

    /** The rank - 1 of the risk with this id ({@code RISK:entity:CATEGORY}), or -1. */
    int rankOf(String id) {
        int colon = id.lastIndexOf(':');
        if (!id.startsWith("RISK:") || colon < 5) {
            return -1;
        }
        String entity = id.substring(5, colon);
        String category = id.substring(colon + 1);
        for (int p = 0; p < riskCount; p++) {
            int r = place[p];
            if (CATEGORIES[riskCategory[r]].name().equals(category) && entityNames[riskEntity[r]].equals(entity)) {
                return p;
            }
        }
        return -1;
    }

    /** The ids of the incidents, sorted, without repeats. */
    private static List<String> incidentIds(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        String[] ids = new String[incidents.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = incidents.get(k).id();
        }
        Arrays.sort(ids);
        int m = 1;
        for (int k = 1; k < ids.length; k++) {
            if (!ids[k].equals(ids[m - 1])) {
                ids[m++] = ids[k];
            }
        }
        return List.of(m == ids.length ? ids : Arrays.copyOf(ids, m));
    }

    /**
     * The justification of a risk, {english, french}, by scoring it again the plain way, citing the drivers the
     * risk kept (without repeats: the same scores, the same first driver of each). Reads no cache of the mapper
     * (it may run on any thread once the map is built).
     */
    private String[] justify(String entity, ImpactCategory category, int[] drivers, List<Incident> incidents,
            boolean opaque) {
        RiskRules.CategoryRule cat = rules.categories().getOrDefault(category, DEFAULT_CATEGORY);
        List<String> why = new ArrayList<>(4); // scale, scope, irremediability, likelihood
        List<String> whyFr = new ArrayList<>(4);
        boolean isActual = !incidents.isEmpty();

        // scale
        int scale = cat.baseScale();
        String scaleFrom = "category base";
        String scaleFromFr = "base de la catégorie";
        for (int d : drivers) {
            Optional<BigDecimal> known = Optional.ofNullable(rows.known(d));
            int s = rules.drivers().get(rows.code(d)).scaleFor(known);
            if (s > scale) {
                scale = s;
                String unit = rows.unit(d);
                scaleFrom = rows.id(d) + " (" + rows.value(d, engine).text() + ")";
                scaleFromFr = rows.id(d) + " (" + known.map(v -> v.toPlainString()
                        + (unit.isEmpty() ? "" : " " + unit)).orElse("non communiqué") + ")";
            }
        }
        why.add("scale " + scale + " from " + scaleFrom);
        whyFr.add("ampleur " + scale + " selon " + scaleFromFr);

        // scope
        int scope;
        if (cat.fixedScope().isPresent()) {
            scope = cat.fixedScope().get();
            why.add("scope " + scope + " fixed for the category");
            whyFr.add("portée " + scope + " fixée pour la catégorie");
        } else {
            Set<String> affected = new LinkedHashSet<>();
            for (int d : drivers) {
                Optional<WorkforceSegment> seg = segmentOf(rows.subject(d));
                if (seg.isPresent()) {
                    affected.add(seg.get().id());
                } else {
                    graph.segmentsAt(entity).forEach(s -> affected.add(s.id()));
                }
            }
            long people = 0;
            boolean unknown = false;
            for (String sid : affected) {
                Optional<Integer> h = segmentByNumber[segmentIds.get(sid)].headcount().best();
                if (h.isPresent()) {
                    people += h.get();
                } else {
                    unknown = true;
                }
            }
            for (Incident inc : incidents) {
                people = Math.max(people, inc.peopleAffected().orElse(0));
                if (inc.peopleAffected().isEmpty() && affected.isEmpty()) {
                    unknown = true;
                }
            }
            if (affected.isEmpty() && incidents.stream().allMatch(i -> i.peopleAffected().isEmpty())) {
                unknown = true;
            }
            int band = 1;
            for (RiskRules.ScopeBand b : rules.scopeBands()) {
                if (people >= b.atLeast()) {
                    band = b.score();
                    break;
                }
            }
            scope = unknown ? Math.max(band, rules.scopeIfUnknown()) : band;
            why.add("scope " + scope + ": " + (affected.isEmpty() && people == 0 ? "no workforce disclosed"
                    : people + " people known") + (unknown ? ", headcount not disclosed (at least "
                            + rules.scopeIfUnknown() + ")" : ""));
            whyFr.add("portée " + scope + " : " + (affected.isEmpty() && people == 0 ? "aucun effectif communiqué"
                    : people + " personnes connues") + (unknown ? ", effectif non communiqué (au moins "
                            + rules.scopeIfUnknown() + ")" : ""));
        }

        // irremediability
        int irr = Math.min(max, cat.irremediability() + (isActual ? cat.actualUplift() : 0));
        why.add("irremediability " + irr + (isActual && cat.actualUplift() > 0 ? " (category " + cat.irremediability()
                + " + " + cat.actualUplift() + " as the harm has occurred)" : ""));
        whyFr.add("caractère irrémédiable " + irr + (isActual && cat.actualUplift() > 0 ? " (catégorie "
                + cat.irremediability() + " + " + cat.actualUplift() + " car l’atteinte s’est produite)" : ""));

        // likelihood
        if (isActual) {
            int likelihood = rules.actualLikelihood();
            why.add("likelihood " + likelihood + ": actual, shown by " + String.join(", ",
                    incidents.stream().map(Incident::id).toList()));
            whyFr.add("probabilité " + likelihood + " : atteinte avérée, attestée par " + String.join(", ",
                    incidents.stream().map(Incident::id).toList()));
        } else {
            int likelihood = 1;
            String from = "none";
            String fromFr = "aucun indicateur";
            boolean nonOpacity = false;
            for (int d : drivers) {
                IndicatorStatus status = rows.status(d);
                int l = rules.likelihood().getOrDefault(status, 1);
                nonOpacity |= !rules.opacityCodes().contains(rows.code(d));
                if (l > likelihood) {
                    likelihood = l;
                    from = rows.id(d) + " " + status.name().toLowerCase(java.util.Locale.ROOT);
                    fromFr = rows.id(d) + " " + statusFr(status);
                }
            }
            String l0 = "likelihood " + likelihood + " from " + from;
            String l0Fr = "probabilité " + likelihood + " selon " + fromFr;
            if (opaque && nonOpacity && rules.opacityUplift() > 0 && likelihood < max) {
                likelihood = Math.min(max, likelihood + rules.opacityUplift());
                l0 += ", +" + rules.opacityUplift() + " for opacity at the entity = " + likelihood;
                l0Fr += ", +" + rules.opacityUplift() + " pour l’opacité de l’entité = " + likelihood;
            }
            why.add(l0);
            whyFr.add(l0Fr);
        }
        return new String[] {
            why.get(0) + "; " + why.get(1) + "; " + why.get(2) + "; " + why.get(3),
            whyFr.get(0) + " ; " + whyFr.get(1) + " ; " + whyFr.get(2) + " ; " + whyFr.get(3)
        };
    }

    /** The status of an indicator in French, as cited in a justification. */
    private static String statusFr(IndicatorStatus status) {
        return switch (status) {
            case ADVERSE -> "défavorable";
            case SATISFACTORY -> "satisfaisant";
            case UNKNOWN -> "inconnu";
            case INFORMATIVE -> "informatif";
            case MET -> "respecté";
            case NOT_EVIDENCED -> "non étayé";
            case NOT_ASSESSED -> "non évalué";
        };
    }

    /**
     * The segment a subject names: the segment with that id, else the one whose id is the subject up to its
     * first {@code @}, else up to its last {@code :} (the first segment of the chain with that id).
     */
    private Optional<WorkforceSegment> segmentOf(String subject) {
        int n = segmentNumber(subject);
        return n < 0 ? Optional.empty() : Optional.of(segmentByNumber[n]);
    }
}
