package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.GrievanceAccess;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PlatformPractices;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/** Computes every indicator of a chain in a few passes over maps. One engine per measurement; not shared. */
final class IndicatorEngine {
    static final String CHAIN = "chain";
    private static final String ZERO_PAY = "the lowest pay is zero (unpaid work): the ratio has no upper bound";
    private static final Quantity ZERO_PAY_RATIO = Quantity.unknown("ratio", ZERO_PAY);
    private static final Quantity POINT_MET = Quantity.known(BigDecimal.ONE, "point");
    private static final Quantity POINT_NOT_MET = Quantity.known(BigDecimal.ZERO, "point");
    private static final Maybe<Money> NO_RATE = Maybe.unknown("no contracted rate");
    /** The reason of an unknown value while measuring: not kept (rows keep no reasons; they are rebuilt). */
    private static final String WHILE_MEASURING = "not kept while measuring";
    private static final Quantity ZERO_RATE = Quantity.unknown("%", "the contracted rate per worker-hour is zero");
    /** Deepest tier whose paths are enumerated; path enumeration in the graph is recursive. */
    static final int MAX_PATH_DEPTH = 512;
    private static final Set<PartnerRole> WORK_DISPATCHERS = EnumSet.of(PartnerRole.DATA_PLATFORM, PartnerRole.VENDOR,
            PartnerRole.INTERMEDIARY);
    private static final Set<PartnerRole> OPACITY_ROLES = EnumSet.of(PartnerRole.AI_MODEL_PROVIDER,
            PartnerRole.DATA_PLATFORM, PartnerRole.VENDOR, PartnerRole.INTERMEDIARY);

    /**
     * Chains with at least this many segments have their segment indicators computed in two halves at once
     * (the second in the common fork-join pool) when the machine has more than one core: below it, handing
     * work to another thread costs more than it saves.
     */
    static final int SPLIT_AT = 20_000;
    private final int splitAt;
    private final ChainOfActivities chain;
    private final ChainGraph graph;
    private final MeasureParameters p;
    private final Conventions k;
    private final Normaliser n;
    private final MathContext mc;
    /** {@link Conventions#monthsPerYear()} as a {@code double}, for {@link #quickGap}. */
    private final double monthsPerYear;
    /** The relative size of the last digit kept in intermediate results, 10<sup>1 − precision</sup>. */
    private final double decimalUlp;
    private final Map<String, List<Evidence>> evidence;
    private final Map<String, List<Incident>> incidentsAt;
    private final Map<String, GrievanceMechanism> mechanisms;
    private final List<String> limits = new ArrayList<>();
    /**
     * Per position in the chain's list of segments, the number of its id (equal ids share one): the pay and the
     * facts below are kept per id, as maps keyed by id would keep them, but in arrays.
     */
    private final int[] segmentNumber;
    /** The last position of each segment id number (whose pay is the id's). */
    private final int[] lastPosition;
    /** The segment ids, numbered in the order first met: {@link #segmentNumber} gives each position's number. */
    private final org.dutyofvigilance.graph.IdTable segmentIds;
    /**
     * The positions of the segments at graph node v, in the chain's order (as {@link ChainGraph#segmentsAtNode}
     * lists them): {@code nodeSegment[nodeSegmentStart[v] .. nodeSegmentStart[v+1]-1]}.
     */
    private final int[] nodeSegmentStart;
    private final int[] nodeSegment;
    /** Hourly and annual pay per segment id number (the last segment with that id, as {@link #payOf} ran). */
    private final Maybe<Money>[] hourly;
    private final Maybe<Money>[] annual;
    /** The annual pay of each segment, by position in the chain's list (its own, whatever its id). */
    private final Maybe<Money>[] annualAt;
    /** Position of the segment being computed, or -1. */
    private int curPosition = -1;
    /** {@link #hourly} and {@link #annual} in the report currency, when first needed. */
    private final Maybe<Money>[] hourlyInReport;
    private final Maybe<Money>[] annualInReport;
    /** Rows of the minimum- and living-wage gaps and equal-pay checks by the graph node of their entity. */
    private final NodeRows minimumGaps;
    private final NodeRows livingGaps;
    private final NodeRows equalPayAt;
    /**
     * The first WORKING-HOURS, HARMFUL-CONTENT-HOURS, PSYCHOLOGICAL-SUPPORT, YOUNGEST-WORKER-AGE of a segment id:
     * at {@code number × 4 + fact}.
     */
    private final int[] segmentFacts;
    /** The graph node of the entity of the group being computed, or -1. */
    private int curEntityNode = -1;
    /** Position of the partner being computed, or -1. */
    private int curPartnerPosition = -1;
    /** Number of the id of the segment being computed (its facts are recorded under it), or -1. */
    private int curSegment = -1;
    private static final String[] SEGMENT_FACTS = {"WORKING-HOURS", "HARMFUL-CONTENT-HOURS", "PSYCHOLOGICAL-SUPPORT",
        "YOUNGEST-WORKER-AGE"};
    private int pathIndicators;
    private boolean pathBudgetHit;

    /** The compact indicators, in the order they are computed. */
    private final Entries rows;
    /**
     * The rows the points of an entity read (segment facts, wage gaps, equal pay): this engine's own, or, for a
     * worker, its main engine's (read only, below the rows the main engine adds while the worker runs).
     */
    private final Entries facts;
    /** The group being computed: which method recomputes its words, and its arguments. */
    private byte curKind;
    private Object curA;
    private Object curB;
    private int groupStart;
    /** The subject whose rank is known ({@link #curKey}), compared by identity. */
    private String curSubject;
    private int curKey = -1;
    /** A key for the next entry whose subject starts with a segment id and a separator, or -1. */
    private int nextKey = -1;
    /** Position of each segment object in the chain's list (the first, if listed twice). */
    private final SegmentIndex segmentIndex;
    /** Ranks of {@code id + "@"} and {@code id + ":"} by segment (null when an id contains the separator). */
    private int[] atRank;
    private int[] colonRank;
    /** While an entry's words are rebuilt: that entry, the matches seen so far, and the result. */
    private int replay = -1;
    private int replaySeen;
    private Indicator captured;
    private LazyIndicators view;

    static final byte K_HOURLY = 1;
    static final byte K_PAY_RATIO = 2;
    static final byte K_PATH_RATIO = 3;
    static final byte K_PASS = 4;
    static final byte K_WAGE = 5;
    static final byte K_EQUAL = 6;
    static final byte K_PSYCHO = 7;
    static final byte K_OPACITY = 8;
    static final byte K_ENTITY = 9;
    static final byte K_FAIRWORK = 10;
    static final byte K_PAI = 11;
    static final byte K_ALGO = 12;
    static final byte K_ENV = 13;
    static final byte K_ENV_TOTAL = 14;
    static final byte K_MINERAL = 15;
    static final byte K_ORIGIN = 16;
    private static final String[] FAIRWORK_NUMBERS = {"1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1",
        "5.2"};
    private static final String[] FAIRWORK_CODES = new String[FAIRWORK_NUMBERS.length];
    private static final String[] PAI_CODES = {"PAI-1", "PAI-2", "PAI-3", "PAI-4", "PAI-5"};

    static {
        for (int i = 0; i < FAIRWORK_NUMBERS.length; i++) {
            FAIRWORK_CODES[i] = ("FAIRWORK-" + FAIRWORK_NUMBERS[i]).intern(); // codes are compared by reference
        }
    }

    /**
     * The codes of the sixteen rows of a platform or vendor that {@link Entries} keeps as one block, in the order
     * they are computed: the ten Fairwork Cloudwork points, the Fairwork score, the five Partnership on AI
     * guidelines.
     */
    static final String[] POINT_CODES = new String[Entries.POINTS];

    static {
        System.arraycopy(FAIRWORK_CODES, 0, POINT_CODES, 0, FAIRWORK_CODES.length);
        POINT_CODES[FAIRWORK_CODES.length] = "FAIRWORK-SCORE";
        System.arraycopy(PAI_CODES, 0, POINT_CODES, FAIRWORK_CODES.length + 1, PAI_CODES.length);
    }

    /** The statuses of the points of the entity being measured, in the order of {@link #POINT_CODES}. */
    private final byte[] pointStatuses = new byte[Entries.POINTS];

    IndicatorEngine(ChainOfActivities chain, ChainGraph graph, MeasureParameters parameters) {
        this(chain, graph, parameters, Runtime.getRuntime().availableProcessors() > 1 ? SPLIT_AT : Integer.MAX_VALUE);
    }

    /**
     * An engine that computes the segment indicators of chains with at least {@code splitAt} segments in two
     * halves, the second on another core ({@link #run}); the result is the same either way.
     */
    IndicatorEngine(ChainOfActivities chain, ChainGraph graph, MeasureParameters parameters, int splitAt) {
        this.splitAt = splitAt;
        this.chain = chain;
        this.graph = graph;
        this.p = parameters;
        this.k = parameters.conventions();
        this.n = new Normaliser(chain, k);
        this.mc = k.mathContext();
        this.monthsPerYear = k.monthsPerYear().doubleValue();
        this.decimalUlp = Math.pow(10, 1 - mc.getPrecision());
        this.evidence = new HashMap<>();
        this.incidentsAt = new HashMap<>();
        this.mechanisms = new HashMap<>();
        for (Evidence e : chain.evidence()) {
            evidence.computeIfAbsent(e.subject(), x -> new ArrayList<>(2)).add(e);
        }
        for (Incident i : chain.incidents()) {
            incidentsAt.computeIfAbsent(i.entity(), x -> new ArrayList<>(2)).add(i);
        }
        for (GrievanceMechanism g : chain.grievanceMechanisms()) {
            mechanisms.putIfAbsent(g.id(), g);
        }
        List<WorkforceSegment> segments = chain.workforceSegments();
        org.dutyofvigilance.graph.IdTable ids = new org.dutyofvigilance.graph.IdTable(segments.size() + 16);
        segmentIds = ids;
        segmentNumber = new int[segments.size()];
        segmentIndex = new SegmentIndex(segments);
        for (int i = 0; i < segmentNumber.length; i++) {
            WorkforceSegment s = segments.get(i);
            segmentNumber[i] = ids.add(s.id());
        }
        lastPosition = new int[ids.size()];
        for (int i = 0; i < segmentNumber.length; i++) {
            lastPosition[segmentNumber[i]] = i;
        }
        int nodes = graph.nodeCount();
        nodeSegmentStart = new int[nodes + 1];
        for (int i = 0; i < segments.size(); i++) {
            nodeSegmentStart[graph.nodeOfSegment(i) + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            nodeSegmentStart[v + 1] += nodeSegmentStart[v];
        }
        nodeSegment = new int[segments.size()];
        int[] fill = Arrays.copyOf(nodeSegmentStart, nodes);
        for (int i = 0; i < segments.size(); i++) {
            nodeSegment[fill[graph.nodeOfSegment(i)]++] = i;
        }
        @SuppressWarnings("unchecked")
        Maybe<Money>[] h = new Maybe[ids.size()];
        @SuppressWarnings("unchecked")
        Maybe<Money>[] a = new Maybe[ids.size()];
        hourly = h;
        annual = a;
        @SuppressWarnings("unchecked")
        Maybe<Money>[] at = new Maybe[segments.size()];
        annualAt = at;
        @SuppressWarnings("unchecked")
        Maybe<Money>[] hr = new Maybe[ids.size()];
        @SuppressWarnings("unchecked")
        Maybe<Money>[] ar = new Maybe[ids.size()];
        hourlyInReport = hr;
        annualInReport = ar;
        // a wage gap of each kind per country of a segment: most segments name one country, some two
        int gapRows = ids.size() + (ids.size() >> 1);
        minimumGaps = new NodeRows(graph.nodeCount(), gapRows);
        livingGaps = new NodeRows(graph.nodeCount(), gapRows);
        equalPayAt = new NodeRows(graph.nodeCount());
        segmentFacts = new int[ids.size() * SEGMENT_FACTS.length];
        Arrays.fill(segmentFacts, -1);
        // a little more than the synthetic chains give (about 10 rows a segment, a few an entity besides the
        // points, which are kept apart); trimmed at the end
        rows = new Entries(segments.size() * SEGMENT_ROWS + chain.businessPartners().size() + 1024,
                chain.businessPartners().size());
        facts = rows;
    }

    /**
     * A worker for the second half of the segment indicators ({@code ownSegmentState}: it keeps its own
     * segment facts and wage gaps) or of the entity indicators (it reads the main engine's): it shares the
     * main engine's inputs, pay and ranks (read only while it runs) and keeps its own rows and caches, which
     * the main engine then takes over ({@link #absorb}). A worker only measures; it never rebuilds words.
     */
    private IndicatorEngine(IndicatorEngine main, int capacity, boolean ownSegmentState) {
        this(main, capacity, ownSegmentState, ownSegmentState ? null : main.rows, false);
    }

    /**
     * A worker as above that reads the rows of {@code facts} (its own rows when null) and, with
     * {@code ownConversions}, keeps its own conversions into the report currency (it runs while the main engine
     * converts too).
     */
    private IndicatorEngine(IndicatorEngine main, int capacity, boolean ownSegmentState, Entries facts,
            boolean ownConversions) {
        this.splitAt = Integer.MAX_VALUE;
        this.evidence = main.evidence;
        this.incidentsAt = main.incidentsAt;
        this.mechanisms = main.mechanisms;
        this.chain = main.chain;
        this.graph = main.graph;
        this.p = main.p;
        this.k = main.k;
        this.n = new Normaliser(chain, k);
        this.mc = main.mc;
        this.monthsPerYear = main.monthsPerYear;
        this.decimalUlp = main.decimalUlp;
        this.segmentNumber = main.segmentNumber;
        this.lastPosition = main.lastPosition;
        this.segmentIds = main.segmentIds;
        this.nodeSegmentStart = main.nodeSegmentStart;
        this.nodeSegment = main.nodeSegment;
        this.segmentIndex = main.segmentIndex;
        this.hourly = main.hourly;
        this.annual = main.annual;
        this.annualAt = main.annualAt;
        @SuppressWarnings("unchecked")
        Maybe<Money>[] hr = ownConversions ? new Maybe[main.hourlyInReport.length] : main.hourlyInReport;
        @SuppressWarnings("unchecked")
        Maybe<Money>[] ar = ownConversions ? new Maybe[main.annualInReport.length] : main.annualInReport;
        this.hourlyInReport = hr;
        this.annualInReport = ar;
        if (ownSegmentState) {
            // the gaps of half the segments
            int gapRows = (main.segmentIds.size() >> 1) + (main.segmentIds.size() >> 2);
            this.minimumGaps = new NodeRows(graph.nodeCount(), gapRows);
            this.livingGaps = new NodeRows(graph.nodeCount(), gapRows);
            this.segmentFacts = new int[main.segmentFacts.length];
            Arrays.fill(segmentFacts, -1);
        } else {
            this.minimumGaps = main.minimumGaps;
            this.livingGaps = main.livingGaps;
            this.segmentFacts = main.segmentFacts;
        }
        this.equalPayAt = main.equalPayAt;
        this.rows = new Entries(capacity);
        this.facts = facts == null ? rows : facts;
        this.atRank = main.atRank;
        this.colonRank = main.colonRank;
    }

    /**
     * Takes over a worker's rows (after this engine's, as if computed here in that order), its segment facts
     * (an id's first segment wins: this engine's half comes first) and its wage gaps (appended per entity).
     */
    private void absorb(IndicatorEngine worker) {
        int offset = rows.columnRows();
        rows.append(worker.rows);
        if (worker.segmentFacts == segmentFacts) {
            return; // an entity worker: it read this engine's facts and gaps and added none
        }
        for (int i = 0; i < segmentFacts.length; i++) {
            if (segmentFacts[i] < 0 && worker.segmentFacts[i] >= 0) {
                segmentFacts[i] = worker.segmentFacts[i] + offset;
            }
        }
        livingGaps.absorb(worker.livingGaps, offset);
        minimumGaps.absorb(worker.minimumGaps, offset);
    }

    /**
     * The position of each segment object in the chain's list (the first, for an object listed twice), made
     * when first needed: the engine mostly knows the position of the segment it computes. Shared by the
     * workers, so made under a lock.
     */
    private static final class SegmentIndex {
        private final List<WorkforceSegment> segments;
        private java.util.IdentityHashMap<WorkforceSegment, Integer> index;

        SegmentIndex(List<WorkforceSegment> segments) {
            this.segments = segments;
        }

        synchronized Integer get(WorkforceSegment s) {
            if (index == null) {
                index = new java.util.IdentityHashMap<>(segments.size());
                for (int i = 0; i < segments.size(); i++) {
                    index.putIfAbsent(segments.get(i), i);
                }
            }
            return index.get(s);
        }
    }

    /** The number of a segment's id (see {@link #segmentNumber}). */
    private int number(WorkforceSegment s) {
        return segmentNumber[position(s)];
    }

    /** The position of a segment in the chain's list (the segment being computed is known without a look-up). */
    private int position(WorkforceSegment s) {
        if (curPosition >= 0 && curA == s) {
            return curPosition;
        }
        if (curEntityNode >= 0) {
            // one of the few segments of the entity being computed (an id's first listed, as segmentIndex has it)
            List<WorkforceSegment> segments = chain.workforceSegments();
            int from = nodeSegmentStart[curEntityNode];
            for (int q = from, end = Math.min(nodeSegmentStart[curEntityNode + 1], from + 16); q < end; q++) {
                if (segments.get(nodeSegment[q]) == s) {
                    return nodeSegment[q];
                }
            }
        }
        Integer i = segmentIndex.get(s);
        if (i == null) {
            throw new IllegalArgumentException("segment " + s.id() + " is not in the chain");
        }
        return i;
    }

    /** Every indicator, sorted by id, as a lazy immutable view; sorts the rows on the first call. */
    LazyIndicators indicators() {
        if (view == null) {
            view = sorted();
        }
        return view;
    }

    /** The compact indicators, rows numbered in the order they were computed. */
    /** The segment ids, numbered in the order first met (read only once the engine is built). */
    org.dutyofvigilance.graph.IdTable segmentIds() {
        return segmentIds;
    }

    /** Where the positions of the segments at graph node v start in {@link #nodeSegments()}; v + 1: where they end. */
    int[] nodeSegmentStarts() {
        return nodeSegmentStart;
    }

    /** The positions of the segments of each graph node, node by node, in the chain's order (not copied). */
    int[] nodeSegments() {
        return nodeSegment;
    }

    /** The number of the segment at this position in the chain's list ({@link #segmentIds()}). */
    int segmentNumberAt(int position) {
        return segmentNumber[position];
    }

    Entries rows() {
        return rows;
    }

    /**
     * Sorts the rows by id without building ids: by code (as {@code "CODE:"}, which no other code's
     * {@code "CODE:"} begins with, so this is the order of the ids), then by subject, by rank when every
     * subject of the code has one, then the order of computation; the same code and subject a second time
     * gets {@code #2}, and so on. Sets each row's {@link Entries#pos}.
     */
    private LazyIndicators sorted() {
        int size = rows.size();
        int codes = rows.codeCount();
        int[] count = new int[codes];
        for (int r = 0; r < size; r++) {
            count[rows.codeNumber(r)]++;
        }
        Integer[] byId = new Integer[codes];
        for (int c = 0; c < codes; c++) {
            byId[c] = c;
        }
        Arrays.sort(byId, Comparator.comparing(c -> rows.codeName(c) + ":"));
        int[] start = new int[codes];
        int at = 0;
        for (int c : byId) {
            start[c] = at;
            at += count[c];
        }
        int[] order = new int[size];
        int[] fill = start.clone();
        int columnRows = rows.columnRows();
        for (int r = 0; r < columnRows; r++) {
            order[fill[rows.codeNumber(r)]++] = r;
        }
        // the points: the blocks in the order of their keys (one per entity id), the same for each point code, so
        // that their runs come sorted
        int[] blocks = rows.blocksByKey();
        boolean[] presorted = new boolean[codes];
        for (int point = 0; point < Entries.POINTS && blocks.length > 0; point++) {
            int c = rows.pointCodeNumber(point);
            // no other row has a point's code, and no two blocks the same key: the run is in order, unrepeated
            assert fill[c] == start[c] && count[c] == blocks.length : POINT_CODES[point];
            presorted[c] = true;
            for (int k = 0; k < blocks.length; k++) {
                order[start[c] + k] = columnRows + blocks[k] * Entries.POINTS + point;
            }
        }
        String[] natural = new String[codes];
        for (int c = 0; c < codes; c++) {
            natural[c] = rows.codeName(c);
        }
        Arrays.sort(natural);
        int[] from = new int[codes];
        int[] to = new int[codes];
        for (int c : byId) {
            int ix = Arrays.binarySearch(natural, rows.codeName(c));
            from[ix] = start[c];
            to[ix] = start[c] + count[c];
        }
        if (size >= splitAt) {
            // the runs of the codes are independent: about half the rows sorted on a second thread
            Integer[] bySize = byId.clone();
            Arrays.sort(bySize, (x, y) -> Integer.compare(count[y], count[x]));
            boolean[] second = new boolean[codes];
            long mine = 0;
            long theirs = 0;
            for (int c : bySize) {
                if (presorted[c]) {
                    continue;
                }
                if (theirs < mine) {
                    second[c] = true;
                    theirs += count[c];
                } else {
                    mine += count[c];
                }
            }
            java.util.concurrent.ForkJoinTask<?> other = java.util.concurrent.ForkJoinPool.commonPool().submit(() -> {
                SortScratch scratchOfSecond = new SortScratch();
                for (int c = 0; c < codes; c++) {
                    if (second[c] && !presorted[c]) {
                        sortRun(rows, order, start[c], start[c] + count[c], scratchOfSecond);
                    }
                }
            });
            SortScratch own = new SortScratch();
            for (int c = 0; c < codes; c++) {
                if (!second[c] && !presorted[c]) {
                    sortRun(rows, order, start[c], start[c] + count[c], own);
                }
            }
            other.join();
        } else {
            SortScratch own = new SortScratch();
            for (int c : byId) {
                if (!presorted[c]) {
                    sortRun(rows, order, start[c], start[c] + count[c], own);
                }
            }
        }
        rows.sorted(order, start);
        return new LazyIndicators(this, rows, order, natural, from, to);
    }

    /**
     * Sorts rows by key, stably: a counting sort on the keys when their range is not much wider than the run
     * (the usual case: one row per segment or entity), else a sort of primitives with the key in the high half
     * and the position in the low half.
     */
    private static void sortByKey(Entries rows, int[] order, int from, int to, SortScratch scratch) {
        int n = to - from;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        boolean ordered = true;
        int previous = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            int key = rows.key(order[i]);
            ordered &= i == from || key > previous;
            previous = key;
            min = Math.min(min, key);
            max = Math.max(max, key);
        }
        if (ordered) {
            return;
        }
        // the keys of a run share their universe (key % 4): the counting is by key / 4
        long range = (((long) max - min) >> 2) + 1;
        int[] copy = scratch.copy(order, from, to);
        if (range > 4L * n + 1024) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (long) rows.key(copy[i]) << 32 | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                order[from + i] = copy[(int) keys[i]];
            }
            return;
        }
        int slots = (int) range + 1;
        int[] start = scratch.counts(slots);
        for (int i = 0; i < n; i++) {
            int r = copy[i];
            assert ((rows.key(r) - min) & 3) == 0 : "keys of one universe";
            start[((rows.key(r) - min) >> 2) + 1]++;
        }
        for (int k = 1; k < slots; k++) {
            start[k] += start[k - 1];
        }
        for (int i = 0; i < n; i++) {
            int r = copy[i];
            order[from + start[(rows.key(r) - min) >> 2]++] = r;
        }
    }

    /**
     * Buffers of one sorting thread, kept from one run of rows to the next (the runs are sorted one after another,
     * most of them by counting): the copy of the run and the counts by key.
     */
    private static final class SortScratch {
        private int[] copy = new int[0];
        private int[] counts = new int[0];

        /** {@code order[from, to)} copied to the start of the buffer. */
        int[] copy(int[] order, int from, int to) {
            int n = to - from;
            if (copy.length < n) {
                copy = new int[Math.max(n, copy.length + (copy.length >> 1))];
            }
            System.arraycopy(order, from, copy, 0, n);
            return copy;
        }

        /** At least {@code n} counts, the first n zero. */
        int[] counts(int n) {
            if (counts.length < n) {
                counts = new int[Math.max(n, counts.length + (counts.length >> 1))];
            } else {
                Arrays.fill(counts, 0, n, 0);
            }
            return counts;
        }
    }

    private static void sortRun(Entries rows, int[] order, int from, int to, SortScratch scratch) {
        boolean keyed = to > from && rows.key(order[from]) >= 0;
        int universe = keyed ? rows.key(order[from]) & 3 : 0;
        for (int i = from; i < to && keyed; i++) {
            keyed = rows.key(order[i]) >= 0 && (rows.key(order[i]) & 3) == universe;
        }
        RowSort.Comparison bySubject = (x, y) -> rows.subject(x).compareTo(rows.subject(y));
        if (keyed) {
            sortByKey(rows, order, from, to, scratch);
            // equal keys: the same id, or the same id before a separator; then the rest of the subject decides
            int i = from;
            while (i < to) {
                int j = i + 1;
                while (j < to && rows.key(order[j]) == rows.key(order[i])) {
                    j++;
                }
                if (j - i > 1) {
                    RowSort.sort(order, i, j, bySubject);
                }
                i = j;
            }
        } else {
            RowSort.sort(order, from, to, bySubject); // stable: equal subjects stay in computation order
        }
        boolean dups = false;
        for (int i = from + 1; i < to; i++) {
            int prev = order[i - 1];
            int row = order[i];
            // in a keyed run equal subjects have equal keys: most neighbours differ on the key alone
            if ((!keyed || rows.key(row) == rows.key(prev)) && rows.subject(row).equals(rows.subject(prev))) {
                rows.dup(row, rows.dup(prev) == 0 ? 2 : rows.dup(prev) + 1);
                dups = true;
            }
        }
        if (dups) {
            RowSort.sort(order, from, to, (x, y) -> rows.tail(x).compareTo(rows.tail(y)));
        }
    }

    /** Builds the indicator of an entry: its words are computed again by the method that computed its value. */
    synchronized Indicator materialise(int e) {
        if (payDropped) {
            payOfAll(chain.workforceSegments());
            payDropped = false;
        }
        // re-entrant: rebuilding a Fairwork point reads the values of other indicators, maybe rebuilt too
        int outerReplay = replay;
        int outerSeen = replaySeen;
        Indicator outerCaptured = captured;
        WorkforceSegment outerMonthlyOf = monthlyOf;
        Maybe<Money> outerMonthly = monthly;
        replay = e;
        replaySeen = 0;
        captured = null;
        try {
            switch (rows.kind(e)) {
                case K_HOURLY -> effectiveHourly((WorkforceSegment) rows.a(e));
                case K_PAY_RATIO -> payRatio(chain.workforceSegments());
                case K_PATH_RATIO -> pathPayRatio((String) rows.a(e), path(rows.b(e)), nodesOn(path(rows.b(e))),
                        rows.subject(e));
                case K_PASS -> passThrough((WorkforceSegment) rows.a(e), path(rows.b(e)),
                        rows.subject(e).substring(((WorkforceSegment) rows.a(e)).id().length() + 1));
                case K_WAGE -> wageGaps((WorkforceSegment) rows.a(e));
                case K_EQUAL -> equalPayGroup((String) rows.a(e), segments(rows.b(e)));
                case K_PSYCHO -> psychosocial((WorkforceSegment) rows.a(e));
                case K_OPACITY -> opacity((WorkforceSegment) rows.a(e));
                case K_ENTITY -> entityOpacity((BusinessPartner) rows.a(e));
                case K_FAIRWORK -> fairwork((BusinessPartner) rows.a(e));
                case K_PAI -> pai((BusinessPartner) rows.a(e));
                case K_ALGO -> algorithmicManagement((BusinessPartner) rows.a(e));
                case K_ENV -> environmentOf((String) rows.a(e), (BigDecimal[]) rows.b(e));
                case K_ENV_TOTAL -> environmentTotal((int[]) rows.a(e), (BigDecimal) rows.b(e));
                case K_MINERAL -> mineral((String) rows.a(e), (MineralSourcing) rows.b(e));
                case K_ORIGIN -> mineralsByOrigin((String) rows.a(e), (Object[]) rows.b(e));
                default -> throw new IllegalStateException("unknown kind " + rows.kind(e));
            }
            if (captured == null) {
                throw new IllegalStateException("cannot rebuild indicator " + rows.id(e));
            }
            return captured;
        } finally {
            replay = outerReplay;
            replaySeen = outerSeen;
            captured = outerCaptured;
            monthlyOf = outerMonthlyOf;
            monthly = outerMonthly;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<BusinessRelationship> path(Object o) {
        return (List<BusinessRelationship>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<WorkforceSegment> segments(Object o) {
        return (List<WorkforceSegment>) o;
    }

    /** Starts a group of entries whose words {@code kind} recomputes from {@code a} and {@code b}. */
    private void group(byte kind, Object a, Object b) {
        group(kind, a, b, -1);
    }

    /** {@link #group(byte, Object, Object)} whose entity's graph node is known ({@code node}), or -1. */
    private void group(byte kind, Object a, Object b, int node) {
        curKind = kind;
        curA = a;
        curB = b;
        groupStart = rows.columnRows();
        curEntityNode = -1;
        if (replay < 0) {
            curEntityNode = node >= 0 ? node : switch (kind) {
                case K_HOURLY, K_WAGE, K_PSYCHO, K_OPACITY, K_PASS -> graph.nodeOfSegment(position((WorkforceSegment) a));
                case K_ENTITY, K_FAIRWORK, K_PAI, K_ALGO -> curPartnerPosition >= 0
                        && chain.businessPartners().get(curPartnerPosition) == a
                        ? graph.nodeOfPartner(curPartnerPosition) : graph.node(((BusinessPartner) a).id());
                case K_PATH_RATIO, K_ENV, K_MINERAL -> graph.node((String) a);
                case K_EQUAL -> segments(b).isEmpty() ? -1 : graph.nodeOfSegment(position(segments(b).get(0)));
                default -> -1;
            };
        }
    }

    /** Whether the words of this indicator are wanted: only while rebuilding that very indicator. */
    private boolean t(String code, String subject) {
        return replay >= 0 && rows.code(replay).equals(code) && rows.subject(replay).equals(subject);
    }

    /** Whether words are wanted for any indicator of the group being computed (rebuilding one of them). */
    private boolean t() {
        return replay >= 0;
    }

    List<String> limits() {
        return List.copyOf(limits);
    }

    IndicatorEngine run() {
        List<WorkforceSegment> segments = chain.workforceSegments();
        List<BusinessPartner> partners = chain.businessPartners();
        int count = segments.size();
        int partnerCount = partners.size();
        boolean parallel = Math.max(count, partnerCount) >= splitAt;
        java.util.concurrent.ForkJoinPool pool = java.util.concurrent.ForkJoinPool.commonPool();
        // the pay of the segments in chunks on both threads: the second starts at once, this one once it has
        // ranked the ids (each position's pay is its own; an id's pay is that of its last position)
        java.util.concurrent.ForkJoinTask<?> pay = null;
        int payChunk = Math.max(1, Math.min(8192, count / 32));
        java.util.concurrent.atomic.AtomicInteger nextPay = new java.util.concurrent.atomic.AtomicInteger();
        if (parallel) {
            IndicatorEngine payer = new IndicatorEngine(this, 16, false, rows, true);
            pay = pool.submit(() -> payer.payOfChunks(segments, nextPay, payChunk));
        } else {
            payOfAll(segments);
        }
        String[] segmentIds = new String[segments.size()];
        for (int i = 0; i < segmentIds.length; i++) {
            segmentIds[i] = segments.get(i).id();
        }
        int[] segmentOrder = order(segmentIds);
        int[] segmentRank = ranks(segmentIds, segmentOrder);
        boolean prefixFree = prefixFree(segmentIds, segmentOrder);
        atRank = separatorRanks(segmentIds, "@", prefixFree ? segmentRank : null);
        colonRank = separatorRanks(segmentIds, ":", prefixFree ? segmentRank : null);
        String[] partnerIds = new String[partners.size()];
        for (int i = 0; i < partnerIds.length; i++) {
            partnerIds[i] = partners.get(i).id();
        }
        int[] partnerOrder = order(partnerIds);
        int[] partnerRank = ranks(partnerIds, partnerOrder);
        // the first partner listed with each id (the graph's partner of that id): the first of its run in id
        // order, the sort being stable
        boolean[] first = new boolean[partnerIds.length];
        for (int k = 0; k < partnerOrder.length; k++) {
            first[partnerOrder[k]] = k == 0 || partnerRank[partnerOrder[k]] != partnerRank[partnerOrder[k - 1]];
        }
        if (pay != null) {
            payOfChunks(segments, nextPay, payChunk);
            pay.join();
        }
        group(K_PAY_RATIO, null, null);
        payRatio(segments);
        if (count >= splitAt && count >= 2) {
            int half = count / 2;
            IndicatorEngine worker = new IndicatorEngine(this, (count - half) * SEGMENT_ROWS + 1024, true);
            java.util.concurrent.ForkJoinTask<?> second = pool.submit(
                    () -> worker.segmentIndicators(half, count, segmentRank));
            segmentIndicators(0, half, segmentRank);
            second.join();
            absorb(worker);
        } else {
            segmentIndicators(0, count, segmentRank);
        }
        if (!parallel) {
            pathIndicators();
            equalPay(segments);
            packRows();
            entityIndicators(0, partnerCount, partnerRank, first);
            environment();
            rows.trim();
            dropPay();
            return this;
        }
        // On two threads: the per-path indicators on the second while this one checks equal pay, then both
        // take chunks of partners for the entity indicators, this thread from the front (into its own rows, in
        // order), the second from the back (each chunk into rows of its own, taken over in order at the end),
        // reading the rows as they are once equal pay is checked. The path rows are taken over last: no other
        // group gives their codes, so the sorted report does not depend on where they come.
        IndicatorEngine pather = new IndicatorEngine(this, 1024, false, rows.snapshot(), true);
        java.util.concurrent.CompletableFuture<Entries> checked = new java.util.concurrent.CompletableFuture<>();
        int chunk = Math.max(1, Math.min(4096, partnerCount / 32));
        int chunks = (partnerCount + chunk - 1) / chunk;
        IndicatorEngine[] taken = new IndicatorEngine[chunks];
        // chunks [front, back) are still free
        java.util.concurrent.atomic.AtomicLong free = new java.util.concurrent.atomic.AtomicLong(chunks);
        java.util.concurrent.ForkJoinTask<?> second = pool.submit(() -> {
            pather.pathIndicators();
            Entries frozen = checked.join();
            int c;
            while ((c = take(free, false)) >= 0) {
                IndicatorEngine worker = new IndicatorEngine(this, chunk * ENTITY_COLUMN_ROWS + 16, false, frozen,
                        false);
                worker.rows.reservePoints(chunk);
                worker.entityIndicators(c * chunk, Math.min(partnerCount, (c + 1) * chunk), partnerRank, first);
                taken[c] = worker;
            }
        });
        try {
            equalPay(segments);
            packRows();
            checked.complete(rows.snapshot());
        } catch (RuntimeException | Error e) {
            checked.completeExceptionally(e);
            throw e;
        }
        int c;
        while ((c = take(free, true)) >= 0) {
            entityIndicators(c * chunk, Math.min(partnerCount, (c + 1) * chunk), partnerRank, first);
        }
        second.join();
        for (IndicatorEngine worker : taken) {
            if (worker != null) {
                absorb(worker);
            }
        }
        environment();
        absorb(pather);
        limits.addAll(pather.limits);
        rows.trim();
        dropPay();
        return this;
    }

    /**
     * Takes a free chunk, the first ({@code fromFront}) or the last, or returns -1 when none is left;
     * {@code free} holds the first free chunk in its high half and the end of the free ones in its low half.
     */
    private static int take(java.util.concurrent.atomic.AtomicLong free, boolean fromFront) {
        while (true) {
            long f = free.get();
            int front = (int) (f >>> 32);
            int back = (int) f;
            if (front >= back) {
                return -1;
            }
            long rest = fromFront ? (long) (front + 1) << 32 | back : (long) front << 32 | (back - 1);
            if (free.compareAndSet(f, rest)) {
                return fromFront ? front : back - 1;
            }
        }
    }

    /**
     * Lets go of the normalised pay of the segments once the rows are computed (34-digit values, with their
     * conversions: they are most of what the engine would keep besides the rows); {@link #materialise} works
     * them out again, once, when an indicator is first read.
     */
    private void dropPay() {
        Arrays.fill(hourly, null);
        Arrays.fill(annual, null);
        Arrays.fill(annualAt, null);
        Arrays.fill(hourlyInReport, null);
        Arrays.fill(annualInReport, null);
        payDropped = true;
    }

    /** Packs the rows kept by node once no more are added (the entity indicators read them packed). */
    private void packRows() {
        minimumGaps.pack();
        livingGaps.pack();
        equalPayAt.pack();
    }

    /** Whether {@link #dropPay} let the pay go and it is not worked out again yet. */
    private boolean payDropped;

    private void payOfAll(List<WorkforceSegment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            payOf(i, segmentNumber[i], segments.get(i));
        }
    }

    /** The pay of chunks of segments taken from {@code next} until none is left (on several threads at once). */
    private void payOfChunks(List<WorkforceSegment> segments, java.util.concurrent.atomic.AtomicInteger next,
            int chunk) {
        int from;
        while ((from = next.getAndAdd(chunk)) < segments.size()) {
            for (int i = from, to = Math.min(segments.size(), from + chunk); i < to; i++) {
                payOf(i, segmentNumber[i], segments.get(i));
            }
        }
    }

    /** About how many rows a segment gives (rows are added beyond it when a chain gives more). */
    private static final int SEGMENT_ROWS = 11;

    /** The most rows one entity gives: undisclosed tier, capacity, ten Fairwork points and score, five PAI, algorithm. */
    private static final int ENTITY_ROWS_AT_MOST = 19;
    /** The most of them kept in columns: all but the sixteen points. */
    private static final int ENTITY_COLUMN_ROWS = ENTITY_ROWS_AT_MOST - Entries.POINTS;

    /**
     * The indicators of each partner at positions {@code from} to {@code to} (exclusive), in order: each id
     * once (its first partner), the company's own entity left out.
     */
    private void entityIndicators(int from, int to, int[] partnerRank, boolean[] first) {
        List<BusinessPartner> partners = chain.businessPartners();
        for (int i = from; i < to; i++) {
            BusinessPartner e = partners.get(i);
            if (first[i] && !e.id().equals(graph.rootId())) {
                assert graph.partner(e.id()).orElse(null) == e;
                curSubject = e.id();
                curKey = partnerRank[i] * 4 + 1;
                curPartnerPosition = i;
                int before = rows.size();
                group(K_ENTITY, e, null);
                entityOpacity(e);
                if (WORK_DISPATCHERS.contains(e.role())) {
                    group(K_FAIRWORK, e, null);
                    fairwork(e);
                    group(K_PAI, e, null);
                    pai(e);
                }
                group(K_ALGO, e, null);
                algorithmicManagement(e);
                assert rows.size() - before <= ENTITY_ROWS_AT_MOST;
            }
        }
        curSubject = null;
        curPartnerPosition = -1;
    }

    /** The indicators of each segment at positions {@code from} to {@code to} (exclusive), in order. */
    private void segmentIndicators(int from, int to, int[] segmentRank) {
        List<WorkforceSegment> segments = chain.workforceSegments();
        for (int i = from; i < to; i++) {
            WorkforceSegment s = segments.get(i);
            curSubject = s.id();
            curKey = segmentRank[i] * 4;
            curSegment = segmentNumber[i];
            curPosition = i;
            group(K_HOURLY, s, null);
            effectiveHourly(s);
            group(K_WAGE, s, null);
            wageGaps(s);
            group(K_PSYCHO, s, null);
            psychosocial(s);
            group(K_OPACITY, s, null);
            opacity(s);
        }
        curSegment = -1;
        curPosition = -1;
        curSubject = null;
    }

    /**
     * Ranks of {@code id + separator} by segment, so that subjects {@code id + separator + rest} sort by the
     * rank, then the rest: right only when no id contains the separator (no such text is a prefix of another),
     * else null and those subjects are compared as text.
     */
    private static int[] separatorRanks(String[] segmentIds, String separator, int[] plainRanks) {
        for (String id : segmentIds) {
            if (id.contains(separator)) {
                return null;
            }
        }
        if (plainRanks != null) {
            return plainRanks; // no id is a prefix of another: id + separator sorts as id does
        }
        String[] ids = new String[segmentIds.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = segmentIds[i] + separator;
        }
        return ranks(ids, order(ids));
    }

    /** Key of a subject that starts with the segment's id and a separator, or -1. */
    private int separatorKey(WorkforceSegment s, int[] ranks, int universe) {
        if (ranks == null) {
            return -1;
        }
        Integer i = curPosition >= 0 && curA == s ? Integer.valueOf(curPosition) : segmentIndex.get(s);
        return i == null ? -1 : ranks[i] * 4 + universe;
    }

    /** The places 0..n-1 sorted by their ids (stable). */
    private static int[] order(String[] ids) {
        int[] order = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        RowSort.sort(order, 0, order.length, (x, y) -> ids[x].compareTo(ids[y]));
        return order;
    }

    /** The rank of each id in id order (equal ids share a rank), so subjects sort by an int, not by text. */
    private static int[] ranks(String[] ids, int[] order) {
        int[] rank = new int[ids.length];
        int r = 0;
        for (int i = 0; i < order.length; i++) {
            if (i > 0 && !ids[order[i]].equals(ids[order[i - 1]])) {
                r++;
            }
            rank[order[i]] = r;
        }
        return rank;
    }

    /**
     * Whether no id is a proper prefix of another, checked on neighbours in id order (an id and a longer id it
     * begins are neighbours, or everything between them begins with it too).
     */
    private static boolean prefixFree(String[] ids, int[] order) {
        for (int i = 1; i < order.length; i++) {
            String a = ids[order[i - 1]];
            String b = ids[order[i]];
            if (a.length() < b.length() && b.startsWith(a)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private int add(String code, String subject, String entity, Quantity value,
            IndicatorStatus status, String statement, String formula, List<Input> inputs, List<String> sources) {
        return add(code, subject, entity, value, status, statement, null, formula, inputs, sources);
    }

    /**
     * Adds an indicator whose statement has a French wording ({@code statementFr}, or null for none). While
     * measuring, only the compact entry is kept (the words are null); while rebuilding an entry, the words of
     * that entry are kept and the rest is ignored. Returns the entry while measuring, null while rebuilding.
     */
    private int add(String code, String subject, String entity, Quantity value,
            IndicatorStatus status, String statement, String statementFr, String formula, List<Input> inputs,
            List<String> sources) {
        if (replay >= 0) {
            if (statement != null && code.equals(rows.code(replay)) && subject.equals(rows.subject(replay))) {
                if (replaySeen++ == rows.nth(replay) && captured == null) {
                    captured = new Indicator(rows.id(replay), code, subject, Optional.ofNullable(entity), value,
                            status, statement, formula, inputs, sources, Optional.ofNullable(statementFr));
                }
            }
            return -1;
        }
        // every code is an interned constant: equal codes are the same reference
        assert code == code.intern() : code;
        int nth = 0;
        for (int i = groupStart, end = rows.columnRows(); i < end; i++) {
            if (rows.code(i) == code && rows.subject(i).equals(subject)) {
                nth++;
            }
        }
        int named = namedSegment(subject);
        // a named segment's entity is the group's (its node is then found from the segment)
        assert named < 0 || graph.nodeOfSegment(named) == curEntityNode : code + ":" + subject;
        int e = rows.add(code, subject, value, status, curKind, curA, curB,
                nextKey >= 0 ? nextKey : subject == curSubject ? curKey : -1, nth, named, curEntityNode);
        nextKey = -1;
        assert java.util.Objects.equals(entity, rows.entity(e)) : code + ":" + subject + " entity " + entity;
        if (curSegment >= 0) {
            for (int f = 0; f < SEGMENT_FACTS.length; f++) {
                if (SEGMENT_FACTS[f] == code) {
                    assert subject.equals(((WorkforceSegment) curA).id());
                    int at = curSegment * SEGMENT_FACTS.length + f;
                    if (segmentFacts[at] < 0) {
                        segmentFacts[at] = e;
                    }
                }
            }
        }
        return e;
    }

    /**
     * The position of the segment a subject of the current group names by the risk map's rules (the segment
     * with that id, else the id before the first "@", else before the last ":"), when that is certain from how
     * the engine made the subject; else -1 and the risk map reads the subject.
     */
    private int namedSegment(String subject) {
        if (!(curA instanceof WorkforceSegment s) || s.id().isEmpty()) {
            return -1;
        }
        String id = s.id();
        boolean named = switch (curKind) {
            case K_HOURLY, K_PSYCHO, K_OPACITY -> subject == id;
            // id + ":" + country: no id has "@" or ":" (so none is the subject), the country has neither
            case K_WAGE -> atRank != null && colonRank != null && subject.indexOf('@') < 0
                    && subject.lastIndexOf(':') == id.length() && subject.startsWith(id);
            // id + "@" + path: no id has "@", so the first "@" follows the id
            case K_PASS -> atRank != null && subject.length() > id.length() && subject.charAt(id.length()) == '@'
                    && subject.startsWith(id);
            default -> false;
        };
        return named ? position(s) : -1;
    }

    /** The words of an indicator, built only when it is read. */
    private record W(String statement, String statementFr, String formula, List<Input> inputs, List<String> sources) {
    }

    /**
     * Adds an indicator whose words are computed by {@code words} only when this indicator is rebuilt; callers
     * pass null while measuring ({@code replay < 0 ? null : () -> ...}), so no words function is even made.
     */
    private int addL(String code, String subject, String entity, Quantity value, IndicatorStatus status,
            java.util.function.Supplier<W> words) {
        if (t(code, subject)) {
            W w = words.get();
            return add(code, subject, entity, value, status, w.statement(), w.statementFr(), w.formula(), w.inputs(),
                    w.sources());
        }
        return add(code, subject, entity, value, status, null, null, null, null, null);
    }

    /** The first row of one of the {@link #SEGMENT_FACTS} codes for a segment's id, or -1. */
    private int last(String code, WorkforceSegment s) {
        for (int f = 0; f < SEGMENT_FACTS.length; f++) {
            if (SEGMENT_FACTS[f].equals(code)) {
                return segmentFacts[number(s) * SEGMENT_FACTS.length + f];
            }
        }
        throw new IllegalArgumentException(code);
    }

    private List<String> sources(List<String> subjects, String... standards) {
        boolean anyEvidence = false;
        for (String s : subjects) {
            anyEvidence |= evidence.containsKey(s);
        }
        if (!anyEvidence) {
            return List.of(standards);
        }
        List<String> list = new ArrayList<>(List.of(standards));
        for (String s : subjects) {
            for (Evidence e : evidence.getOrDefault(s, List.of())) {
                list.add("evidence " + e.id() + " (" + e.kind().name().toLowerCase(Locale.ROOT) + ", " + e.date() + ": "
                        + e.reference() + ")");
            }
        }
        return list;
    }

    /** The unit of pay per hour in a currency ({@code "EUR/h"}), one string per currency. */
    private String perHour(String currency) {
        return perHourUnits.computeIfAbsent(currency, c -> c + "/h");
    }

    private final Map<String, String> perHourUnits = new HashMap<>();

    /**
     * An unknown value whose reason is not kept: while measuring only the value of a row is kept (an unknown
     * one as no value), and the reason is worded again when the indicator is read. One per unit.
     */
    private static Quantity unknownWhileMeasuring(String unit) {
        Quantity q = UNKNOWN_WHILE_MEASURING.get(unit);
        if (q == null) {
            q = Quantity.unknown(unit, WHILE_MEASURING);
            Quantity before = UNKNOWN_WHILE_MEASURING.putIfAbsent(unit, q);
            q = before != null ? before : q;
        }
        return q;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Quantity> UNKNOWN_WHILE_MEASURING =
            new java.util.concurrent.ConcurrentHashMap<>();

    private BigDecimal r(BigDecimal v) {
        return k.round(v);
    }

    private Quantity known(BigDecimal v, String unit) {
        return Quantity.known(r(v), unit);
    }

    private static Quantity flag(boolean v) {
        return Quantity.known(v ? BigDecimal.ONE : BigDecimal.ZERO, "flag");
    }

    private String money(Money m) {
        return Normaliser.text(m, k);
    }

    private static String roleFr(PartnerRole r) {
        return switch (r) {
            case BUYER -> "acheteur";
            case SUBSIDIARY -> "filiale";
            case AI_MODEL_PROVIDER -> "fournisseur de modèles d’IA";
            case DATA_PLATFORM -> "plateforme de données";
            case VENDOR -> "prestataire";
            case INTERMEDIARY -> "intermédiaire";
            default -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String supportFr(PsychologicalSupport v) {
        return switch (v) {
            case NONE -> "aucun";
            case ON_REQUEST -> "sur demande";
            case ON_SHIFT -> "pendant le temps de travail";
            case MANDATORY -> "obligatoire";
        };
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static boolean exposed(WorkforceSegment s) {
        return s.conditions().harmfulContentHoursPerDay().map(h -> h.signum() > 0).orElse(false)
                || s.tasks().contains(ServiceType.CONTENT_MODERATION);
    }

    private static String convention(String name) {
        return "conventions." + name;
    }

    // ---------------------------------------------------------------- pay

    /** The pay of the segment at a position; its id's pay when it is the last position with that id. */
    private void payOf(int position, int number, WorkforceSegment s) {
        Maybe<Money> h;
        Maybe<Money> a;
        if (s.pay().isEmpty()) {
            h = Maybe.unknown("pay of " + s.id() + " not disclosed");
            a = h;
        } else {
            h = n.hourly(s.pay().get(), s.conditions(), s.id());
            a = n.annual(s.pay().get(), s.conditions(), s.id(), h);
        }
        annualAt[position] = a;
        if (lastPosition[number] == position) {
            hourly[number] = h;
            annual[number] = a;
        }
    }

    private List<Input> payInputs(WorkforceSegment s) {
        List<Input> in = new ArrayList<>();
        in.add(new Input("pay", s.pay().map(Normaliser::text).orElse("not disclosed"), s.id() + ".pay"));
        in.add(new Input("hours per week", hoursText(s), s.id() + ".conditions.hoursPerWeek"));
        if (s.pay().map(x -> x.per() == PayUnit.TASK && x.taskMinutes().isEmpty()).orElse(false)) {
            in.add(new Input("seconds per item", Normaliser.text(s.conditions().secondsPerItem()),
                    s.id() + ".conditions.secondsPerItem"));
        }
        return in;
    }

    private String hoursText(WorkforceSegment s) {
        return s.conditions().hoursPerWeek().map(BigDecimal::toPlainString)
                .or(() -> k.fallbackHoursPerWeek().map(h -> h.toPlainString() + " (assumed, conventions)"))
                .orElse("not disclosed");
    }

    private List<Input> conventionInputs() {
        return List.of(new Input("weeks per year", k.weeksPerYear().toPlainString(), convention("weeksPerYear")),
                new Input("working days per week", k.workingDaysPerWeek().toPlainString(),
                        convention("workingDaysPerWeek")));
    }

    private void effectiveHourly(WorkforceSegment s) {
        Maybe<Money> h = hourly[number(s)];
        if (!t()) {
            add("EFFECTIVE-HOURLY-PAY", s.id(), s.entity(), h.known() ? known(h.value().amount(),
                    perHour(h.value().currency())) : unknownWhileMeasuring("/h"),
                    h.known() ? IndicatorStatus.INFORMATIVE : IndicatorStatus.UNKNOWN, null, null, null, null, null);
            return;
        }
        List<Input> in = payInputs(s);
        in.addAll(conventionInputs());
        Quantity q;
        String statement;
        String statementFr;
        if (h.known()) {
            Maybe<Money> inReport = n.toReport(h.value());
            in.add(new Input("in report currency", inReport.known() ? money(inReport.value()) + "/h"
                    : "not disclosed (" + inReport.reason() + ")", "chain.exchangeRates"));
            q = known(h.value().amount(), perHour(h.value().currency()));
            statement = s.name() + " (" + s.id() + ") earn " + money(h.value()) + " per hour worked.";
            statementFr = s.name() + " (" + s.id() + ") : " + money(h.value()) + " par heure travaillée.";
        } else {
            q = Quantity.unknown("/h", h.reason());
            statement = "The hourly pay of " + s.name() + " (" + s.id() + ") cannot be computed: " + h.reason() + ".";
            statementFr = "La rémunération horaire de " + s.name() + " (" + s.id() + ") ne peut être calculée : "
                    + h.reason() + ".";
        }
        add("EFFECTIVE-HOURLY-PAY", s.id(), s.entity(), q,
                h.known() ? IndicatorStatus.INFORMATIVE : IndicatorStatus.UNKNOWN, statement, statementFr,
                "per hour = amount; per task = amount × 60 / task minutes (or × 3600 / seconds per item); per day ="
                        + " amount × working days per week / hours per week; per month = amount × 12 / (hours per week"
                        + " × weeks per year); per year = amount / (hours per week × weeks per year)",
                in, sources(List.of(s.id())));
    }

    private void payRatio(List<WorkforceSegment> segments) {
        List<String> currencies = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Maybe<Money> a = annual[segmentNumber[i]];
            if (a.known()) {
                currencies.add(a.value().currency());
            }
        }
        String currency = n.commonCurrency(currencies);
        List<Input> in = new ArrayList<>();
        List<String> excluded = new ArrayList<>(); // the first ones, as the words cite them (see cap)
        Extremes ex;
        int size = segments.size();
        if (replay < 0 && size >= splitAt && size >= 2) {
            // measuring a large chain: the conversions in two halves, the second on another thread with a
            // normaliser of its own (the cache of conversions is shared: a slot gets the same value either way)
            int half = size / 2;
            IndicatorEngine helper = new IndicatorEngine(this, 16, false, rows, false);
            List<String> excludedLater = new ArrayList<>();
            java.util.concurrent.ForkJoinTask<Extremes> second = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(() -> helper.extremes(segments, half, size, currency, excludedLater));
            ex = extremes(segments, 0, half, currency, excluded);
            ex.merge(second.join());
            // the first eleven left out, in the chain's order, as one pass would have listed them
            for (int k = 0; k < excludedLater.size() && excluded.size() <= 10; k++) {
                excluded.add(excludedLater.get(k));
            }
        } else {
            ex = extremes(segments, 0, size, currency, excluded);
        }
        int excludedCount = ex.excluded;
        String formula = "highest annual pay ÷ lowest annual pay, over every workforce segment whose annual pay is"
                + " known (annual = pay per year, month × 12, day × working days × weeks, hour × hours per week"
                + " × weeks), in a common currency";
        Quantity q;
        IndicatorStatus status;
        String statement;
        String statementFr;
        if (ex.count < 2) {
            q = Quantity.unknown("ratio", "fewer than two workforce segments with a known annual pay");
            status = IndicatorStatus.UNKNOWN;
            statement = "The pay ratio along the chain cannot be computed: fewer than two segments disclose pay.";
            statementFr = "Le rapport des rémunérations le long de la chaîne ne peut être calculé : moins de deux"
                    + " groupes de travailleurs communiquent leur rémunération.";
        } else if (ex.min.amount().signum() <= 0) {
            q = Quantity.unknown("ratio", ZERO_PAY);
            status = IndicatorStatus.ADVERSE;
            in.add(new Input("lowest annual pay", money(ex.min), ex.minSeg.id() + ".pay"));
            statement = ex.minSeg.name() + " are not paid at all: the pay ratio along the chain has no upper bound.";
            statementFr = ex.minSeg.name() + " ne sont pas rémunérés : le rapport des rémunérations le long de la"
                    + " chaîne n’a pas de borne supérieure.";
        } else {
            BigDecimal ratio = ex.max.amount().divide(ex.min.amount(), mc);
            q = known(ratio, "ratio");
            in.add(new Input("highest annual pay", money(ex.max), ex.maxSeg.id() + ".pay"));
            in.add(new Input("lowest annual pay", money(ex.min), ex.minSeg.id() + ".pay"));
            status = judgeRatio(ratio);
            statement = "The best-paid role (" + ex.maxSeg.name() + ", " + money(ex.max) + " a year) earns "
                    + r(ratio).stripTrailingZeros().toPlainString() + " times the lowest-paid ("
                    + ex.minSeg.name() + ", " + money(ex.min) + " a year)"
                    + (excluded.isEmpty() ? "." : "; " + excludedCount
                            + " segment(s) without a known annual pay are left out, so the true ratio may be higher.");
            statementFr = "Le rôle le mieux rémunéré (" + ex.maxSeg.name() + ", " + money(ex.max) + " par an) gagne "
                    + r(ratio).stripTrailingZeros().toPlainString() + " fois le moins rémunéré ("
                    + ex.minSeg.name() + ", " + money(ex.min) + " par an)"
                    + (excluded.isEmpty() ? "." : " ; " + excludedCount
                            + " groupe(s) sans rémunération annuelle connue sont écartés : le rapport réel peut être"
                            + " plus élevé.");
        }
        in.add(new Input("segments left out", excluded.isEmpty() ? "none" : String.join("; ",
                cap(excluded, excludedCount)), "chain.workforceSegments"));
        p.payRatioCoefficient().ifPresent(c -> in.add(new Input("company coefficient", c.toPlainString(),
                "parameters.payRatioCoefficient")));
        in.addAll(conventionInputs());
        add("PAY-RATIO", CHAIN, null, q, status, statement, statementFr, formula, in,
                List.of(Sources.CASILLI_COEFFICIENT));
    }

    private IndicatorStatus judgeRatio(BigDecimal ratio) {
        return p.payRatioCoefficient()
                .map(c -> ratio.compareTo(c) > 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY)
                .orElse(IndicatorStatus.INFORMATIVE);
    }

    /** The first ten of {@code count} items (given at least the first eleven), and how many more there are. */
    private static List<String> cap(List<String> first, int count) {
        if (count <= 10) {
            return first;
        }
        List<String> head = new ArrayList<>(first.subList(0, 10));
        head.add("… and " + (count - 10) + " more");
        return head;
    }

    /**
     * A segment's pay converted into a currency, as {@link Normaliser#convert} gives it; conversions into the
     * report currency are kept per segment id number in {@code cache} (paths and pay ratios convert the same pay
     * many times).
     */
    private Maybe<Money> converted(Maybe<Money>[] pay, Maybe<Money>[] cache, int number, String currency) {
        Maybe<Money> m = pay[number];
        if (!m.known()) {
            return m;
        }
        if (!currency.equals(n.reportCurrency())) {
            return n.convert(m.value(), currency);
        }
        Maybe<Money> c = cache[number];
        if (c == null) {
            c = n.convert(m.value(), currency);
            cache[number] = c;
        }
        return c;
    }

    /**
     * The highest and lowest annual pay of the segments at positions {@code from} to {@code to} (exclusive),
     * converted into {@code currency}; the reasons of the first eleven left out go to {@code excluded}.
     */
    private Extremes extremes(List<WorkforceSegment> segments, int from, int to, String currency,
            List<String> excluded) {
        Extremes ex = new Extremes();
        for (int i = from; i < to; i++) {
            WorkforceSegment s = segments.get(i);
            Maybe<Money> a = converted(annual, annualInReport, segmentNumber[i], currency);
            if (a.known()) {
                ex.offer(s, a.value());
            } else if (ex.excluded++ <= 10) {
                excluded.add(s.id() + ": " + a.reason());
            }
        }
        return ex;
    }

    /** Tracks the highest and lowest pay; ties keep the first segment by id. */
    private static final class Extremes {
        Money max;
        Money min;
        WorkforceSegment maxSeg;
        WorkforceSegment minSeg;
        int count;
        /** How many segments were left out (pay unknown). */
        int excluded;

        /**
         * Takes in the extremes of the segments after these: the same as offering them one by one, since the
         * order decides only between equal pay and equal ids, where the earlier stays.
         */
        void merge(Extremes later) {
            if (later.count > 0) {
                int c = count;
                offer(later.maxSeg, later.max);
                offer(later.minSeg, later.min);
                count = c + later.count;
            }
            excluded += later.excluded;
        }

        void offer(WorkforceSegment s, Money m) {
            count++;
            if (max == null || m.amount().compareTo(max.amount()) > 0
                    || m.amount().compareTo(max.amount()) == 0 && s.id().compareTo(maxSeg.id()) < 0) {
                max = m;
                maxSeg = s;
            }
            if (min == null || m.amount().compareTo(min.amount()) < 0
                    || m.amount().compareTo(min.amount()) == 0 && s.id().compareTo(minSeg.id()) < 0) {
                min = m;
                minSeg = s;
            }
        }
    }

    // ---------------------------------------------------------------- paths: pay ratio per path, pass-through

    /**
     * Per-path indicators in two rounds, so that a small budget still covers every entity once: first the
     * first path to each entity, then its other paths up to the per-entity cap.
     */
    private void pathIndicators() {
        // the entities with a workforce, in id order, each once
        List<WorkforceSegment> segments = chain.workforceSegments();
        int nodes = graph.nodeCount();
        String[] names = new String[nodes];
        int[] withWork = new int[Math.min(nodes, segments.size())];
        int count = 0;
        for (int i = 0; i < segments.size(); i++) {
            int node = graph.nodeOfSegment(i);
            if (names[node] == null) {
                names[node] = graph.entityOfNode(node);
                withWork[count++] = node;
            }
        }
        NameSort.sort(withWork, count, names);
        List<String> measurable = new ArrayList<>(count);
        int[] measurableNode = new int[count];
        int tooDeep = 0;
        String root = graph.rootId();
        for (int i = 0; i < count; i++) {
            int node = withWork[i];
            String entity = names[node];
            int tier = graph.tierOfNode(node);
            if (tier < 0 || entity.equals(root)) {
                continue;
            }
            if (tier > MAX_PATH_DEPTH) {
                tooDeep++;
                continue;
            }
            measurableNode[measurable.size()] = node;
            measurable.add(entity);
        }
        int cap = p.maxPathsPerEntity();
        // how many paths each entity has, when they can be counted without walking them: once the budget of
        // per-path indicators is spent, the paths of the remaining entities are counted, not walked
        int[] counts = graph.pathCounts(cap + 1);
        // the paths are found once (depth first, so the first of cap + 1 is the first path)
        List<List<List<BusinessRelationship>>> pathsOf = new ArrayList<>(measurable.size());
        List<List<int[]>> nodesOf = new ArrayList<>(measurable.size());
        for (int e = 0; e < measurable.size(); e++) {
            int node = measurableNode[e];
            if (counts != null && pathIndicators >= p.maxPathIndicators()) {
                // measurePath would stop at the budget: it is hit if the entity has a path
                pathBudgetHit |= counts[node] > 0;
                pathsOf.add(null);
                nodesOf.add(null);
                continue;
            }
            List<int[]> nodesOnPaths = new ArrayList<>(2);
            List<List<BusinessRelationship>> paths = graph.pathsToNode(node, cap + 1, nodesOnPaths);
            pathsOf.add(paths);
            nodesOf.add(nodesOnPaths);
            if (!paths.isEmpty()) {
                measurePath(measurable.get(e), node, paths.get(0), nodesOnPaths.get(0));
            }
        }
        int capped = 0;
        for (int e = 0; e < measurable.size(); e++) {
            String entity = measurable.get(e);
            int node = measurableNode[e];
            List<List<BusinessRelationship>> paths = pathsOf.get(e);
            List<int[]> nodesOnPaths = nodesOf.get(e);
            pathsOf.set(e, null);
            nodesOf.set(e, null);
            if (paths == null) {
                if (counts[node] > cap) {
                    capped++;
                }
                continue;
            }
            if (paths.size() > cap) {
                capped++;
            }
            for (int i = 1; i < Math.min(cap, paths.size()); i++) {
                measurePath(entity, node, paths.get(i), nodesOnPaths.get(i));
            }
        }
        if (pathBudgetHit) {
            limits.add("per-path indicators stopped at " + p.maxPathIndicators()
                    + " (parameters.maxPathIndicators); later paths were not measured");
        }
        if (tooDeep > 0) {
            limits.add(tooDeep + " entit" + (tooDeep == 1 ? "y is" : "ies are") + " deeper than tier " + MAX_PATH_DEPTH
                    + "; their per-path indicators (pay ratio per path, pass-through) were not computed");
        }
        if (capped > 0) {
            limits.add(capped + " entit" + (capped == 1 ? "y has" : "ies have") + " more than "
                    + p.maxPathsPerEntity() + " path(s) from the company; only the first " + p.maxPathsPerEntity()
                    + " of each were measured (parameters.maxPathsPerEntity)");
        }
    }

    private void measurePath(String entity, int node, List<BusinessRelationship> path, int[] nodes) {
        if (!budget()) {
            return;
        }
        String pid = pathId(path);
        group(K_PATH_RATIO, entity, path, node);
        pathPayRatio(entity, path, nodes, pid);
        List<WorkforceSegment> segments = chain.workforceSegments();
        for (int q = nodeSegmentStart[node], end = nodeSegmentStart[node + 1]; q < end; q++) {
            WorkforceSegment s = segments.get(nodeSegment[q]);
            if (!s.highestPaid().orElse(false) && budget()) {
                curPosition = nodeSegment[q];
                group(K_PASS, s, path);
                passThrough(s, path, pid);
            }
        }
        curPosition = -1;
    }

    /** The nodes a path passes through: the company's, then each relationship's supplier. */
    private int[] nodesOn(List<BusinessRelationship> path) {
        int[] nodes = new int[path.size() + 1];
        nodes[0] = graph.node(graph.rootId());
        for (int e = 0; e < path.size(); e++) {
            nodes[e + 1] = graph.node(path.get(e).supplier());
        }
        return nodes;
    }

    private boolean budget() {
        if (pathIndicators < p.maxPathIndicators()) {
            return true;
        }
        pathBudgetHit = true;
        return false;
    }

    private static String pathId(List<BusinessRelationship> path) {
        StringBuilder b = new StringBuilder();
        for (BusinessRelationship r : path) {
            if (!b.isEmpty()) {
                b.append('/');
            }
            b.append(r.id());
        }
        return b.toString();
    }

    private void pathPayRatio(String entity, List<BusinessRelationship> path, int[] nodes, String pid) {
        // the segments at the company and at each supplier on the path (nodes): their annual pay in a common
        // currency
        int count = 0;
        String first = null;
        boolean mixed = false;
        for (int v : nodes) {
            for (int q = nodeSegmentStart[v], end = nodeSegmentStart[v + 1]; q < end; q++) {
                count++;
                Maybe<Money> a = annual[segmentNumber[nodeSegment[q]]];
                if (a.known()) {
                    String c = a.value().currency();
                    if (first == null) {
                        first = c;
                    } else if (first != c && !first.equalsIgnoreCase(c)) {
                        mixed = true;
                    }
                }
            }
        }
        if (count < 2) {
            return;
        }
        pathIndicators++;
        // as Normaliser.commonCurrency
        String currency = mixed || first == null ? n.reportCurrency() : first.toUpperCase(Locale.ROOT);
        Extremes ex = new Extremes();
        int excluded = 0;
        List<WorkforceSegment> segments = chain.workforceSegments();
        for (int v : nodes) {
            for (int q = nodeSegmentStart[v], end = nodeSegmentStart[v + 1]; q < end; q++) {
                int position = nodeSegment[q];
                Maybe<Money> a = converted(annual, annualInReport, segmentNumber[position], currency);
                if (a.known()) {
                    ex.offer(segments.get(position), a.value());
                } else {
                    excluded++;
                }
            }
        }
        if (!t("PAY-RATIO-PATH", pid)) {
            Quantity q;
            IndicatorStatus status;
            if (ex.count < 2) {
                q = unknownWhileMeasuring("ratio");
                status = IndicatorStatus.UNKNOWN;
            } else if (ex.min.amount().signum() <= 0) {
                q = ZERO_PAY_RATIO;
                status = IndicatorStatus.ADVERSE;
            } else {
                BigDecimal ratio = ex.max.amount().divide(ex.min.amount(), mc);
                q = known(ratio, "ratio");
                status = judgeRatio(ratio);
            }
            add("PAY-RATIO-PATH", pid, entity, q, status, null, null, null, null, null);
            return;
        }
        List<String> onPath = new ArrayList<>();
        onPath.add(graph.rootId());
        for (BusinessRelationship r : path) {
            onPath.add(r.supplier());
        }
        List<Input> in = new ArrayList<>();
        in.add(new Input("path", String.join(" → ", onPath), pid));
        Quantity q;
        IndicatorStatus status;
        String statement;
        String statementFr;
        if (ex.count < 2) {
            q = Quantity.unknown("ratio", "fewer than two segments with a known annual pay on path " + pid);
            status = IndicatorStatus.UNKNOWN;
            statement = "The pay ratio on the path to " + entity + " cannot be computed: fewer than two segments"
                    + " on it disclose pay.";
            statementFr = "Le rapport des rémunérations sur le chemin vers " + entity + " ne peut être calculé : moins"
                    + " de deux groupes de travailleurs de ce chemin communiquent leur rémunération.";
        } else if (ex.min.amount().signum() <= 0) {
            q = Quantity.unknown("ratio", ZERO_PAY);
            status = IndicatorStatus.ADVERSE;
            in.add(new Input("lowest annual pay", money(ex.min), ex.minSeg.id() + ".pay"));
            statement = ex.minSeg.name() + ", on the path " + String.join(" → ", onPath) + ", are not paid at all.";
            statementFr = ex.minSeg.name() + ", sur le chemin " + String.join(" → ", onPath)
                    + ", ne sont pas rémunérés.";
        } else {
            BigDecimal ratio = ex.max.amount().divide(ex.min.amount(), mc);
            q = known(ratio, "ratio");
            status = judgeRatio(ratio);
            in.add(new Input("highest annual pay", money(ex.max), ex.maxSeg.id() + ".pay"));
            in.add(new Input("lowest annual pay", money(ex.min), ex.minSeg.id() + ".pay"));
            statement = "On the path " + String.join(" → ", onPath) + " the highest pay is "
                    + r(ratio).stripTrailingZeros().toPlainString() + " times the lowest"
                    + (excluded == 0 ? "." : " (" + excluded + " segment(s) without known pay left out).");
            statementFr = "Sur le chemin " + String.join(" → ", onPath) + ", la rémunération la plus haute vaut "
                    + r(ratio).stripTrailingZeros().toPlainString() + " fois la plus basse"
                    + (excluded == 0 ? "." : " (" + excluded + " groupe(s) sans rémunération connue écartés).");
        }
        p.payRatioCoefficient().ifPresent(c -> in.add(new Input("company coefficient", c.toPlainString(),
                "parameters.payRatioCoefficient")));
        add("PAY-RATIO-PATH", pid, entity, q, status, statement, statementFr,
                "highest ÷ lowest annual pay of the segments at the entities on one path from the company", in,
                List.of(Sources.CASILLI_COEFFICIENT));
    }

    private void passThrough(WorkforceSegment s, List<BusinessRelationship> path, String pid) {
        pathIndicators++;
        String subject = s.id() + "@" + pid;
        boolean txt = t("PASS-THROUGH", subject);
        List<Input> in = txt ? new ArrayList<>() : List.of();
        if (txt) {
            in.addAll(payInputs(s));
        }
        BusinessRelationship reference = null;
        Maybe<Money> ratePerHour = null;
        for (BusinessRelationship rel : path) {
            Optional<ContractedRate> cr = rel.contractedRate();
            if (txt) {
                in.add(new Input("rate " + rel.customer() + " → " + rel.supplier(),
                        cr.map(c -> c.amount().toPlainString() + " " + c.currency() + " per " + lower(c.per()))
                                .orElse("not disclosed"),
                        rel.id() + ".contractedRate"));
            }
            if (reference != null || cr.isEmpty()) {
                continue;
            }
            ContractedRate c = cr.get();
            if (c.per() == RateUnit.WORKER_HOUR) {
                reference = rel;
                ratePerHour = Maybe.of(c.money());
            } else if (c.per() == RateUnit.TASK && s.pay().isPresent()) {
                Maybe<BigDecimal> t = n.taskHours(s.pay().get(), s.conditions(), s.id());
                if (t.known()) {
                    reference = rel;
                    ratePerHour = Maybe.of(new Money(c.amount().divide(t.value(), mc), c.currency()));
                }
            }
        }
        int number = number(s);
        Maybe<Money> worker = hourly[number];
        if (ratePerHour == null) {
            // the reason is read only when the worker's pay is known, or for the words
            ratePerHour = txt || worker.known() ? Maybe.unknown("no contracted rate per worker-hour (or per task with"
                    + " a known task time) on path " + pid) : NO_RATE;
        }
        if (!txt) {
            Quantity q;
            IndicatorStatus status = IndicatorStatus.UNKNOWN;
            if (!ratePerHour.known() || !worker.known()) {
                q = unknownWhileMeasuring("%");
            } else {
                Money rate = ratePerHour.value();
                Maybe<Money> w = converted(hourly, hourlyInReport, number, rate.currency());
                if (rate.amount().signum() <= 0) {
                    q = ZERO_RATE;
                } else if (!w.known()) {
                    q = unknownWhileMeasuring("%");
                } else {
                    BigDecimal share = w.value().amount().divide(rate.amount(), mc).multiply(Normaliser.HUNDRED, mc);
                    q = known(share, "%");
                    status = p.minimumPassThroughPercent().map(min -> share.compareTo(min) < 0
                            ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY).orElse(IndicatorStatus.INFORMATIVE);
                }
            }
            nextKey = separatorKey(s, atRank, 2);
            add("PASS-THROUGH", subject, s.entity(), q, status, null, null, null, null, null);
            return;
        }
        Quantity q;
        IndicatorStatus status;
        String statement;
        String statementFr;
        String cannotFr = "La part du tarif contractuel qui parvient à " + s.name() + " ne peut être calculée : ";
        if (!ratePerHour.known() || !worker.known()) {
            String why = !worker.known() ? worker.reason() : ratePerHour.reason();
            q = Quantity.unknown("%", why);
            status = IndicatorStatus.UNKNOWN;
            statement = "The share of the contracted rate that reaches " + s.name() + " cannot be computed: " + why
                    + ".";
            statementFr = cannotFr + why + ".";
        } else {
            Money rate = ratePerHour.value();
            Maybe<Money> w = n.convert(worker.value(), rate.currency());
            if (rate.amount().signum() <= 0) {
                q = Quantity.unknown("%", "the contracted rate per worker-hour is zero");
                status = IndicatorStatus.UNKNOWN;
                statement = "The share of the contracted rate that reaches " + s.name() + " cannot be computed: the"
                        + " contracted rate is zero.";
                statementFr = cannotFr + "le tarif contractuel est nul.";
            } else if (!w.known()) {
                q = Quantity.unknown("%", w.reason());
                status = IndicatorStatus.UNKNOWN;
                statement = "The share of the contracted rate that reaches " + s.name() + " cannot be computed: "
                        + w.reason() + ".";
                statementFr = cannotFr + w.reason() + ".";
            } else {
                BigDecimal share = w.value().amount().divide(rate.amount(), mc).multiply(Normaliser.HUNDRED, mc);
                q = known(share, "%");
                status = p.minimumPassThroughPercent()
                        .map(min -> share.compareTo(min) < 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY)
                        .orElse(IndicatorStatus.INFORMATIVE);
                in.add(new Input("worker pay per hour", money(w.value()), s.id() + ".pay"));
                in.add(new Input("contracted rate per worker-hour", money(rate), reference.id() + ".contractedRate"));
                boolean after = false;
                for (BusinessRelationship rel : path) {
                    if (rel == reference) {
                        after = true;
                        continue;
                    }
                    Optional<ContractedRate> cr = rel.contractedRate();
                    if (after && cr.isPresent() && cr.get().per() == RateUnit.WORKER_HOUR) {
                        Maybe<Money> hop = n.convert(cr.get().money(), rate.currency());
                        if (hop.known()) {
                            in.add(new Input("share passed on to " + rel.supplier(), r(hop.value().amount()
                                    .divide(rate.amount(), mc).multiply(Normaliser.HUNDRED, mc)).stripTrailingZeros()
                                    .toPlainString() + " %", rel.id() + ".contractedRate"));
                        }
                    }
                }
                statement = s.name() + " receive " + r(share).stripTrailingZeros().toPlainString() + " % of the "
                        + money(rate) + " per worker-hour that " + reference.customer() + " pays " + reference.supplier()
                        + "; " + r(BigDecimal.valueOf(100).subtract(share)).stripTrailingZeros().toPlainString()
                        + " % stays with the intermediaries.";
                statementFr = s.name() + " reçoivent " + r(share).stripTrailingZeros().toPlainString() + " % des "
                        + money(rate) + " par heure de travail que " + reference.customer() + " paie à "
                        + reference.supplier() + " ; " + r(BigDecimal.valueOf(100).subtract(share))
                        .stripTrailingZeros().toPlainString() + " % restent aux intermédiaires.";
            }
        }
        p.minimumPassThroughPercent().ifPresent(m -> in.add(new Input("minimum pass-through", m.toPlainString() + " %",
                "parameters.minimumPassThroughPercent")));
        List<String> subjects = new ArrayList<>();
        subjects.add(s.id());
        for (BusinessRelationship rel : path) {
            subjects.add(rel.id());
        }
        add("PASS-THROUGH", subject, s.entity(), q, status, statement, statementFr,
                "worker pay per hour ÷ rate per worker-hour of the first contract on the path (from the company) that"
                        + " states one × 100; a rate per task is turned into a rate per hour with the worker's task time",
                in, sources(subjects, Sources.TIME_SAMA_OPENAI));
    }

    // ---------------------------------------------------------------- living and minimum wage

    private void wageGaps(WorkforceSegment s) {
        if (s.highestPaid().orElse(false)) {
            return; // the best-paid role is the top of the pay ratio, not a subject of the wage gaps
        }
        List<String> given = s.countries();
        List<String> countries = given.size() <= 1 ? given : new ArrayList<>(new TreeSet<>(given));
        boolean fallback = false;
        if (countries.isEmpty()) {
            // the group's node while measuring (a wage group's entity is its segment's)
            Optional<BusinessPartner> e = replay < 0 && curEntityNode >= 0 ? graph.partnerOfNode(curEntityNode)
                    : graph.partner(s.entity());
            if (e.isEmpty()) {
                return;
            }
            countries = List.of(e.get().country());
            fallback = true;
        }
        for (String country : countries) {
            String c = country.toUpperCase(Locale.ROOT);
            String subject = s.id() + ":" + c; // one text for both gaps
            wageGap(s, c, subject, WageKind.LIVING, fallback);
            wageGap(s, c, subject, WageKind.MINIMUM, fallback);
        }
    }

    /** Benchmarks chosen once per country and kind, and their monthly amounts once per benchmark. */
    private final Map<String, Optional<ReferenceWage>> livingBenchmarks = new HashMap<>();
    private final Map<String, Optional<ReferenceWage>> minimumBenchmarks = new HashMap<>();
    private final Map<ReferenceWage, Maybe<Money>> monthlyBenchmarks = new java.util.IdentityHashMap<>();
    /** Monthly benchmarks in the report currency, once per benchmark. */
    private final Map<ReferenceWage, Maybe<Money>> monthlyBenchmarksInReport = new java.util.IdentityHashMap<>();
    private WorkforceSegment monthlyOf;
    private Maybe<Money> monthly;
    /** {@link #monthly} in the report currency, once worked out (null until then). */
    private Maybe<Money> monthlyInReport;

    private Optional<ReferenceWage> benchmark(String country, WageKind kind) {
        Map<String, Optional<ReferenceWage>> chosen = kind == WageKind.LIVING ? livingBenchmarks : minimumBenchmarks;
        Optional<ReferenceWage> b = chosen.get(country);
        if (b == null) {
            b = p.referenceWages().choose(country, kind, chain.reportingPeriod().year());
            chosen.put(country, b);
        }
        return b;
    }

    /**
     * The monthly pay of a segment, kept for the segment's next wage gap: its annual pay (as {@link #payOf}
     * worked it out) ÷ months per year, which is {@link Normaliser#monthly}.
     */
    private Maybe<Money> monthlyPay(WorkforceSegment s) {
        if (monthlyOf != s) {
            if (s.pay().isEmpty()) {
                monthly = Maybe.unknown("pay of " + s.id() + " not disclosed");
            } else {
                Maybe<Money> a = annualAt[position(s)];
                monthly = a.known() ? Maybe.of(new Money(a.value().amount().divide(k.monthsPerYear(), mc),
                        a.value().currency())) : a;
            }
            monthlyOf = s;
            monthlyInReport = null;
        }
        return monthly;
    }

    /** A monthly amount converted into a currency; the segment's and the benchmarks' kept in the report currency. */
    private Maybe<Money> monthlyIn(Maybe<Money> m, String currency, ReferenceWage bench) {
        if (!m.known()) {
            return m;
        }
        if (!currency.equals(n.reportCurrency())) {
            return n.convert(m.value(), currency);
        }
        if (bench == null) {
            if (monthlyInReport == null) {
                monthlyInReport = n.convert(m.value(), currency);
            }
            return monthlyInReport;
        }
        Maybe<Money> c = monthlyBenchmarksInReport.get(bench);
        if (c == null) {
            c = n.convert(m.value(), currency);
            monthlyBenchmarksInReport.put(bench, c);
        }
        return c;
    }

    /** Whether the last gap {@link #quickGap} returned is below zero (before rounding). */
    private boolean quickGapNegative;
    /** The last benchmark amount {@link #quickGap} read, and its {@code double}. */
    private BigDecimal quickBench;
    private double quickBenchValue;

    /**
     * A wage gap, {@code (annual pay ÷ months per year, converted ÷ monthly benchmark − 1) × 100}, worked out in
     * {@code double} and rounded to the published decimals when that rounding is certain to give the digits the
     * decimal computation gives ({@link CertainRounding}); else null, and the gap is computed in decimals. Its sign
     * before rounding is left in {@link #quickGapNegative}. Only with at least 20 digits of intermediate precision
     * (the default is 34), so that the decimal computation's own roundings stay far below the published decimals.
     */
    private BigDecimal quickGap(Money annualPay, String currency, Money benchMonthly) {
        if (mc.getPrecision() < 20 || benchMonthly.amount().signum() <= 0) {
            return null;
        }
        double rate = 1;
        if (!annualPay.currency().equals(currency)) {
            Maybe<Normaliser.Conversion> c = n.rate(annualPay.currency(), currency);
            if (!c.known()) {
                return null;
            }
            rate = c.value().rate().doubleValue();
        }
        if (quickBench != benchMonthly.amount()) {
            quickBench = benchMonthly.amount();
            quickBenchValue = quickBench.doubleValue();
        }
        double ratio = annualPay.amount().doubleValue() / monthsPerYear * rate / quickBenchValue;
        double gap = (ratio - 1) * 100;
        // seven roundings in double (four conversions, three operations) and four in decimals (monthly pay,
        // conversion, division, × 100), each relative to the ratio, with room to spare
        double error = 100 * (Math.abs(ratio) + 1) * (32 * CertainRounding.ULP + 8 * decimalUlp);
        BigDecimal rounded = CertainRounding.round(gap, error, k.resultScale());
        quickGapNegative = gap < 0;
        return rounded;
    }

    private void wageGap(WorkforceSegment s, String country, String subject, WageKind kind, boolean fallback) {
        String code = kind == WageKind.LIVING ? "LIVING-WAGE-GAP" : "MINIMUM-WAGE-GAP";
        String what = kind == WageKind.LIVING ? "living wage" : "minimum wage";
        String whatFr = kind == WageKind.LIVING ? "salaire vital" : "salaire minimum";
        String ofWhatFr = kind == WageKind.LIVING ? "du salaire vital" : "du salaire minimum";
        if (!t(code, subject)) {
            Optional<ReferenceWage> bench = benchmark(country, kind);
            Quantity q;
            IndicatorStatus status = IndicatorStatus.UNKNOWN;
            if (bench.isEmpty()) {
                q = unknownWhileMeasuring("%");
            } else {
                Maybe<Money> benchMonthly = monthlyBenchmarks.get(bench.get());
                if (benchMonthly == null) {
                    benchMonthly = n.monthly(bench.get());
                    monthlyBenchmarks.put(bench.get(), benchMonthly);
                }
                // the monthly pay is known when the annual pay is, in the same currency
                Maybe<Money> annualPay = s.pay().isEmpty() ? null : annualAt[position(s)];
                boolean payKnown = annualPay != null && annualPay.known();
                // as Normaliser.commonCurrency of the two
                String currency = payKnown && benchMonthly.known()
                        ? annualPay.value().currency().equalsIgnoreCase(benchMonthly.value().currency())
                                ? annualPay.value().currency().toUpperCase(Locale.ROOT) : n.reportCurrency()
                        : n.reportCurrency();
                Maybe<Money> benchC = payKnown ? monthlyIn(benchMonthly, currency, bench.get()) : null;
                BigDecimal quick = payKnown && benchC.known() ? quickGap(annualPay.value(), currency, benchC.value())
                        : null;
                Maybe<Money> payC = quick != null ? null : monthlyIn(monthlyPay(s), currency, null);
                if (quick != null) {
                    q = Quantity.known(quick, "%");
                    status = quickGapNegative ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                } else if (!payC.known() || benchC == null || !benchC.known()) {
                    q = unknownWhileMeasuring("%");
                } else {
                    BigDecimal gap = payC.value().amount().divide(benchC.value().amount(), mc)
                            .subtract(BigDecimal.ONE).multiply(Normaliser.HUNDRED, mc);
                    q = known(gap, "%");
                    status = gap.signum() < 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                }
            }
            nextKey = separatorKey(s, colonRank, 3);
            int ind = add(code, subject, s.entity(), q, status, null, null, null, null, null);
            if (ind >= 0) {
                rowsAt(kind == WageKind.LIVING ? livingGaps : minimumGaps, ind);
            }
            return;
        }
        List<Input> in = payInputs(s);
        in.addAll(conventionInputs());
        in.add(new Input("country", country + (fallback ? " (country of the entity; the segment lists none)" : ""),
                s.id() + ".countries"));
        Optional<ReferenceWage> bench = p.referenceWages().choose(country, kind, chain.reportingPeriod().year());
        List<String> src = new ArrayList<>();
        Quantity q;
        IndicatorStatus status;
        String statement;
        String statementFr;
        if (bench.isEmpty()) {
            q = Quantity.unknown("%", "no " + what + " benchmark for " + country + " in the reference data");
            status = IndicatorStatus.UNKNOWN;
            statement = "No " + what + " benchmark is available for " + country + "; add one to the reference data.";
            statementFr = "Aucune référence " + ofWhatFr + " n’est disponible pour " + country
                    + " ; ajoutez-en une aux données de référence.";
        } else {
            ReferenceWage w = bench.get();
            src.add(w.source());
            in.add(new Input("benchmark", w.amount().toPlainString() + " " + w.currency() + " per "
                    + lower(w.period()) + ", " + w.place() + ", " + w.year() + (w.proxy() ? " (proxy)" : ""),
                    "referenceWages." + w.id()));
            Maybe<Money> pay = s.pay().isEmpty() ? Maybe.unknown("pay of " + s.id() + " not disclosed")
                    : n.monthly(s.pay().get(), s.conditions(), s.id());
            Maybe<Money> benchMonthly = n.monthly(w);
            String currency = pay.known() && benchMonthly.known()
                    ? n.commonCurrency(List.of(pay.value().currency(), benchMonthly.value().currency()))
                    : n.reportCurrency();
            Maybe<Money> payC = pay.flatMap(m -> n.convert(m, currency));
            Maybe<Money> benchC = benchMonthly.flatMap(m -> n.convert(m, currency));
            if (!payC.known() || !benchC.known()) {
                String why = !payC.known() ? payC.reason() : benchC.reason();
                q = Quantity.unknown("%", why);
                status = IndicatorStatus.UNKNOWN;
                statement = "The " + what + " gap of " + s.name() + " cannot be computed: " + why + ".";
                statementFr = "L’écart au " + whatFr + " de " + s.name() + " ne peut être calculé : " + why + ".";
            } else {
                BigDecimal gap = payC.value().amount().divide(benchC.value().amount(), mc).subtract(BigDecimal.ONE)
                        .multiply(Normaliser.HUNDRED, mc);
                in.add(new Input("monthly pay", money(payC.value()), s.id() + ".pay"));
                in.add(new Input("monthly benchmark", money(benchC.value()), "referenceWages." + w.id()));
                if (!currency.equalsIgnoreCase(w.currency()) || !currency.equalsIgnoreCase(pay.value().currency())) {
                    in.add(new Input("exchange rates", "see chain.exchangeRates", "chain.exchangeRates"));
                }
                q = known(gap, "%");
                status = gap.signum() < 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                String g = r(gap.abs()).stripTrailingZeros().toPlainString();
                statement = s.name() + " earn " + money(payC.value()) + " a month, " + g + " % "
                        + (gap.signum() < 0 ? "below" : "above") + " the " + what + " of " + w.place() + " ("
                        + money(benchC.value()) + (w.proxy() ? ", a proxy" : "") + ").";
                statementFr = s.name() + " gagnent " + money(payC.value()) + " par mois, " + g + " % "
                        + (gap.signum() < 0 ? "en dessous" : "au-dessus") + " " + ofWhatFr + " de " + w.place()
                        + " (" + money(benchC.value()) + (w.proxy() ? ", une approximation" : "") + ").";
            }
        }
        int ind = add(code, subject, s.entity(), q, status, statement, statementFr,
                "(monthly pay ÷ monthly " + what + " − 1) × 100, both in a common currency; monthly pay ="
                        + " annual pay ÷ 12; a benchmark per day × working days × weeks ÷ 12, per hour × its weekly"
                        + " hours × weeks ÷ 12",
                in, sources(List.of(s.id()), src.toArray(String[]::new)));
        if (ind >= 0) {
            rowsAt(kind == WageKind.LIVING ? livingGaps : minimumGaps, ind);
        }
    }

    // ---------------------------------------------------------------- equal pay

    /** The tasks in the order of their names as they appear in subjects ({@code entity:task}). */
    private static final ServiceType[] TASKS_BY_NAME = java.util.Arrays.stream(ServiceType.values())
            .sorted(Comparator.comparing(IndicatorEngine::lower)).toArray(ServiceType[]::new);
    private static final int[] TASK_PLACE = new int[TASKS_BY_NAME.length];

    static {
        for (int i = 0; i < TASKS_BY_NAME.length; i++) {
            TASK_PLACE[TASKS_BY_NAME[i].ordinal()] = i;
        }
    }

    /**
     * Equal pay per entity and task: the segments doing each task at each entity (in the chain's order), found
     * by sorting (entity node, task, position) triples; an entity's tasks come in the order of their names, as
     * the subjects {@code entity:task} sort (other indicators read an entity's checks in that order).
     */
    private void equalPay(List<WorkforceSegment> segments) {
        if (graph.nodeCount() >= 1 << 27) { // node in 27 bits, task place in 5, position in 31
            throw new IllegalStateException("chain too large for the equal-pay grouping");
        }
        long[] triples = new long[16];
        int n = 0;
        boolean[] seen = new boolean[TASKS_BY_NAME.length];
        for (int i = 0; i < segments.size(); i++) {
            WorkforceSegment s = segments.get(i);
            if (s.tasks().isEmpty()) {
                continue;
            }
            Arrays.fill(seen, false);
            long node = graph.nodeOfSegment(i);
            for (ServiceType t : s.tasks()) {
                int place = TASK_PLACE[t.ordinal()];
                if (!seen[place]) {
                    seen[place] = true;
                    if (n == triples.length) {
                        triples = Arrays.copyOf(triples, n * 2);
                    }
                    triples[n++] = node << 36 | (long) place << 31 | i;
                }
            }
        }
        Arrays.sort(triples, 0, n);
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && triples[to] >>> 31 == triples[from] >>> 31) {
                to++;
            }
            if (to - from >= 2) {
                List<WorkforceSegment> group = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) {
                    group.add(segments.get((int) (triples[k] & Integer.MAX_VALUE)));
                }
                String key = group.get(0).entity() + ":" + lower(TASKS_BY_NAME[(int) (triples[from] >>> 31 & 31)]);
                group(K_EQUAL, key, group, (int) (triples[from] >>> 36));
                equalPayGroup(key, group);
            }
            from = to;
        }
    }

    private void equalPayGroup(String key, List<WorkforceSegment> group) {
        boolean txt = t();
        {
            String entity = group.get(0).entity();
            List<String> currencies = new ArrayList<>();
            for (WorkforceSegment s : group) {
                Maybe<Money> h = hourly[number(s)];
                if (h.known()) {
                    currencies.add(h.value().currency());
                }
            }
            String currency = n.commonCurrency(currencies);
            Extremes ex = new Extremes();
            List<Input> in = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (WorkforceSegment s : group) {
                Maybe<Money> h = hourly[number(s)].flatMap(m -> n.convert(m, currency));
                if (txt) {
                    in.add(new Input("hourly pay of " + s.name(), h.known() ? money(h.value()) + "/h"
                            : "not disclosed (" + h.reason() + ")", s.id() + ".pay"));
                }
                if (h.known()) {
                    ex.offer(s, h.value());
                } else {
                    unknown.add(s.id());
                }
            }
            in.add(new Input("tolerance", p.equalPayTolerance().toPlainString(), "parameters.equalPayTolerance"));
            String task = key.substring(entity.length() + 1);
            Quantity q;
            IndicatorStatus status;
            String statement;
            String statementFr;
            if (ex.count < 2) {
                q = Quantity.unknown("ratio", "fewer than two segments doing " + task + " at " + entity
                        + " have a known hourly pay");
                status = IndicatorStatus.UNKNOWN;
                statement = "Equal pay for " + task + " at " + entity + " cannot be checked: pay not disclosed.";
                statementFr = "L’égalité de rémunération pour la tâche " + task + " chez " + entity
                        + " ne peut être vérifiée : rémunération non communiquée.";
            } else if (ex.min.amount().signum() <= 0 && ex.max.amount().signum() > 0) {
                q = Quantity.unknown("ratio", ZERO_PAY);
                status = IndicatorStatus.ADVERSE;
                statement = "At " + entity + ", " + ex.minSeg.name() + " are not paid for the task (" + task
                        + ") for which " + ex.maxSeg.name() + " are paid " + money(ex.max) + "/h.";
                statementFr = "Chez " + entity + ", " + ex.minSeg.name() + " ne sont pas payés pour la tâche (" + task
                        + ") pour laquelle " + ex.maxSeg.name() + " reçoivent " + money(ex.max) + "/h.";
            } else {
                BigDecimal ratio = ex.max.amount().signum() <= 0 ? BigDecimal.ONE
                        : ex.max.amount().divide(ex.min.amount(), mc);
                q = known(ratio, "ratio");
                boolean unequal = ratio.subtract(BigDecimal.ONE).compareTo(p.equalPayTolerance()) > 0;
                status = unequal ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                statement = unequal
                        ? "At " + entity + ", " + ex.maxSeg.name() + " are paid " + money(ex.max) + "/h and "
                                + ex.minSeg.name() + " " + money(ex.min) + "/h for the same task (" + task + "): "
                                + r(ratio).stripTrailingZeros().toPlainString() + " times as much."
                        : "Segments doing " + task + " at " + entity + " are paid alike (within the tolerance).";
                statementFr = unequal
                        ? "Chez " + entity + ", " + ex.maxSeg.name() + " reçoivent " + money(ex.max) + "/h et "
                                + ex.minSeg.name() + " " + money(ex.min) + "/h pour la même tâche (" + task + ") : "
                                + r(ratio).stripTrailingZeros().toPlainString() + " fois plus."
                        : "Les groupes qui effectuent la tâche " + task + " chez " + entity
                                + " sont payés de la même façon (dans la tolérance).";
            }
            List<String> subjects = new ArrayList<>();
            group.forEach(s -> subjects.add(s.id()));
            int ind = add("EQUAL-PAY", key, entity, q, status, txt ? statement : null, statementFr,
                    "highest ÷ lowest hourly pay of the segments doing the same task at the same entity; unequal when"
                            + " the ratio exceeds 1 + tolerance",
                    in, txt ? sources(subjects, Sources.ILO_C100, Sources.CSDDD_ANNEX_I) : null);
            if (ind >= 0) {
                rowsAt(equalPayAt, ind);
            }
        }
    }

    // ---------------------------------------------------------------- psychosocial, hours, age

    private void psychosocial(WorkforceSegment s) {
        WorkingConditions c = s.conditions();
        String e = s.entity();
        boolean exposed = exposed(s);
        BigDecimal limit = p.harmfulContentHoursPerDayLimit();
        // Harmful content hours
        {
            Optional<BigDecimal> h = c.harmfulContentHoursPerDay();
            IndicatorStatus st = h.map(v -> v.compareTo(limit) > 0 ? IndicatorStatus.ADVERSE
                    : IndicatorStatus.SATISFACTORY).orElse(IndicatorStatus.UNKNOWN);
            addL("HARMFUL-CONTENT-HOURS", s.id(), e,
                    h.map(v -> Quantity.known(v, "h/day")).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("h/day") : () -> Quantity.unknown("h/day",
                            "harmful content exposure of " + s.id() + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(h.map(v -> s.name() + " spend " + v.stripTrailingZeros().toPlainString()
                            + " h a day on harmful content" + (st == IndicatorStatus.ADVERSE
                                    ? ", above the " + limit.toPlainString() + " h limit of the strictest published practice (IWF)."
                                    : ", within the " + limit.toPlainString() + " h limit."))
                            .orElse("Whether " + s.name() + " are exposed to harmful content is not disclosed."),
                    h.map(v -> s.name() + " passent " + v.stripTrailingZeros().toPlainString()
                            + " h par jour sur des contenus préjudiciables" + (st == IndicatorStatus.ADVERSE
                                    ? ", au-delà de la limite de " + limit.toPlainString()
                                            + " h de la pratique publiée la plus stricte (IWF)."
                                    : ", dans la limite de " + limit.toPlainString() + " h."))
                            .orElse("L’exposition de " + s.name() + " à des contenus préjudiciables n’est pas"
                                    + " communiquée."),
                    "hours a day of direct exposure to harmful content, compared with the limit",
                    List.of(new Input("harmful content hours a day", Normaliser.text(c.harmfulContentHoursPerDay()),
                            s.id() + ".conditions.harmfulContentHoursPerDay"),
                            new Input("limit", limit.toPlainString() + " h/day",
                                    "parameters.harmfulContentHoursPerDayLimit")),
                    sources(List.of(s.id()), Sources.IWF, Sources.ISO_45003)));
        }
        if (exposed) {
            Optional<PsychologicalSupport> sup = c.psychologicalSupport();
            IndicatorStatus st = sup.map(v -> v == PsychologicalSupport.ON_SHIFT || v == PsychologicalSupport.MANDATORY
                    ? IndicatorStatus.SATISFACTORY : IndicatorStatus.ADVERSE).orElse(IndicatorStatus.UNKNOWN);
            addL("PSYCHOLOGICAL-SUPPORT", s.id(), e,
                    sup.map(v -> Quantity.known(BigDecimal.valueOf(v.ordinal()), "level 0-3"))
                            .orElseGet(replay < 0 ? () -> unknownWhileMeasuring("level 0-3") : () -> Quantity.unknown("level 0-3", "psychological support of " + s.id()
                                    + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(sup.map(v -> s.name() + " are exposed to harmful content with psychological support: "
                            + lower(v).replace('_', ' ') + (st == IndicatorStatus.ADVERSE
                                    ? "; the benchmark is clinicians during working time and mandatory counselling."
                                    : "."))
                            .orElse("The psychological support of " + s.name() + ", who are exposed to harmful content,"
                                    + " is not disclosed."),
                    sup.map(v -> s.name() + " sont exposés à des contenus préjudiciables avec un soutien psychologique : "
                            + supportFr(v) + (st == IndicatorStatus.ADVERSE
                                    ? " ; la référence est un suivi clinique pendant le temps de travail et un"
                                            + " accompagnement obligatoire."
                                    : "."))
                            .orElse("Le soutien psychologique de " + s.name() + ", exposés à des contenus"
                                    + " préjudiciables, n’est pas communiqué."),
                    "exposed segment: support must be on shift or mandatory (none = 0, on request = 1, on shift = 2,"
                            + " mandatory = 3)",
                    List.of(new Input("psychological support", Normaliser.text(sup), s.id()
                            + ".conditions.psychologicalSupport")),
                    sources(List.of(s.id()), Sources.IWF, Sources.FB_SETTLEMENT, Sources.FAIRWORK_CLOUDWORK)));
        }
        if (c.secondsPerItem().isPresent() || exposed) {
            Optional<Integer> sec = c.secondsPerItem();
            IndicatorStatus st = sec.map(v -> exposed && v > 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.INFORMATIVE)
                    .orElse(IndicatorStatus.UNKNOWN);
            addL("SECONDS-PER-ITEM", s.id(), e,
                    sec.map(v -> Quantity.known(BigDecimal.valueOf(v), "s/item")).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("s/item") : () -> Quantity.unknown(
                            "s/item", "time allowed per item for " + s.id() + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(sec.map(v -> v == 0 ? s.name() + " work without a per-item time target."
                            : s.name() + " have " + v + " seconds to decide on an item"
                            + (exposed ? ", a per-item time target on harmful content." : "."))
                            .orElse("Whether " + s.name() + " work under a per-item time target is not disclosed."),
                    sec.map(v -> v == 0 ? s.name() + " travaillent sans objectif de temps par élément."
                            : s.name() + " disposent de " + v + " secondes pour statuer sur un élément"
                            + (exposed ? ", un objectif de temps par élément sur des contenus préjudiciables." : "."))
                            .orElse("Le fait que " + s.name() + " travaillent sous un objectif de temps par élément"
                                    + " n’est pas communiqué."),
                    "exposed segment with a seconds-per-item target (above 0) = adverse (moderators' unions demand an end to"
                            + " such targets)",
                    List.of(new Input("seconds per item", Normaliser.text(sec), s.id() + ".conditions.secondsPerItem")),
                    sources(List.of(s.id()), Sources.MODERATION_ALLIANCE, Sources.SEED_INVESTIGATION)));
        }
        boolFlag("SCREEN-SURVEILLANCE", s, c.screenSurveillance(), "conditions.screenSurveillance",
                "screen time is constantly monitored", "le temps d’écran est surveillé en permanence", Sources.ISO_45003,
                Sources.PWD);
        {
            Optional<NdaScope> nda = c.nda();
            IndicatorStatus st = nda.map(v -> v == NdaScope.PAY_AND_CONDITIONS || v == NdaScope.EVERYTHING
                    ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY).orElse(IndicatorStatus.UNKNOWN);
            addL("NDA-SCOPE", s.id(), e,
                    nda.map(v -> Quantity.known(BigDecimal.valueOf(v.ordinal()), "level 0-3"))
                            .orElseGet(replay < 0 ? () -> unknownWhileMeasuring("level 0-3") : () -> Quantity.unknown("level 0-3", "NDA of " + s.id() + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(nda.map(v -> st == IndicatorStatus.ADVERSE
                            ? "An NDA forbids " + s.name() + " to talk about " + (v == NdaScope.EVERYTHING
                                    ? "anything about their work, with colleagues and family included"
                                    : "their pay and working conditions") + ": it isolates them and hides underpayment."
                            : s.name() + " may talk about their pay and conditions.")
                            .orElse("Whether an NDA binds " + s.name() + " is not disclosed."),
                    nda.map(v -> st == IndicatorStatus.ADVERSE
                            ? "Un accord de confidentialité interdit à " + s.name() + " de parler " + (v == NdaScope.EVERYTHING
                                    ? "de tout ce qui touche à leur travail, y compris avec leurs collègues et leur famille"
                                    : "de leur rémunération et de leurs conditions de travail")
                                    + " : il les isole et masque la sous-rémunération."
                            : s.name() + " peuvent parler de leur rémunération et de leurs conditions de travail.")
                            .orElse("L’existence d’un accord de confidentialité liant " + s.name()
                                    + " n’est pas communiquée."),
                    "NDA covering pay and conditions or everything = adverse (none = 0, work content = 1, pay and"
                            + " conditions = 2, everything = 3)",
                    List.of(new Input("NDA scope", Normaliser.text(nda), s.id() + ".conditions.nda")),
                    sources(List.of(s.id()), Sources.SEED_INVESTIGATION, Sources.ISO_45003)));
        }
        {
            Optional<FreedomOfAssociation> fa = c.freedomOfAssociation();
            IndicatorStatus st = fa.map(v -> v == FreedomOfAssociation.RECOGNISED ? IndicatorStatus.SATISFACTORY
                    : IndicatorStatus.ADVERSE).orElse(IndicatorStatus.UNKNOWN);
            addL("FREEDOM-OF-ASSOCIATION", s.id(), e,
                    fa.map(v -> Quantity.known(BigDecimal.valueOf(v.ordinal()), "level 0-2"))
                            .orElseGet(replay < 0 ? () -> unknownWhileMeasuring("level 0-2") : () -> Quantity.unknown("level 0-2", "freedom of association of " + s.id()
                                    + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(fa.map(v -> switch (v) {
                        case RECOGNISED -> s.name() + " have a recognised representation.";
                        case NOT_RECOGNISED -> "No representation of " + s.name() + " is recognised.";
                        case RETALIATION_REPORTED -> "Retaliation against " + s.name() + " who tried to organise has"
                                + " been reported.";
                    }).orElse("Whether " + s.name() + " can organise is not disclosed."),
                    fa.map(v -> switch (v) {
                        case RECOGNISED -> s.name() + " disposent d’une représentation reconnue.";
                        case NOT_RECOGNISED -> "Aucune représentation de " + s.name() + " n’est reconnue.";
                        case RETALIATION_REPORTED -> "Des représailles contre des membres de " + s.name()
                                + " qui ont tenté de s’organiser ont été signalées.";
                    }).orElse("La possibilité pour " + s.name() + " de s’organiser n’est pas communiquée."),
                    "recognised = 0 (satisfactory), not recognised = 1, retaliation reported = 2 (adverse)",
                    List.of(new Input("freedom of association", Normaliser.text(fa), s.id()
                            + ".conditions.freedomOfAssociation")),
                    sources(List.of(s.id()), Sources.ILO_C087, Sources.CSDDD_ANNEX_I)));
        }
        {
            Optional<BigDecimal> h = c.hoursPerWeek();
            BigDecimal max = p.maxHoursPerWeek();
            IndicatorStatus st = h.map(v -> v.compareTo(max) > 0 ? IndicatorStatus.ADVERSE
                    : IndicatorStatus.SATISFACTORY).orElse(IndicatorStatus.UNKNOWN);
            addL("WORKING-HOURS", s.id(), e,
                    h.map(v -> Quantity.known(v, "h/week")).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("h/week") : () -> Quantity.unknown("h/week",
                            "hours per week of " + s.id() + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(h.map(v -> s.name() + " work " + v.stripTrailingZeros().toPlainString() + " h a week"
                            + (st == IndicatorStatus.ADVERSE ? ", above the " + max.toPlainString() + " h limit."
                                    : ", within the " + max.toPlainString() + " h limit."))
                            .orElse("The weekly hours of " + s.name() + " are not disclosed."),
                    h.map(v -> s.name() + " travaillent " + v.stripTrailingZeros().toPlainString() + " h par semaine"
                            + (st == IndicatorStatus.ADVERSE ? ", au-delà de la limite de " + max.toPlainString() + " h."
                                    : ", dans la limite de " + max.toPlainString() + " h."))
                            .orElse("La durée hebdomadaire de travail de " + s.name() + " n’est pas communiquée."),
                    "hours per week compared with the limit",
                    List.of(new Input("hours per week", Normaliser.text(h), s.id() + ".conditions.hoursPerWeek"),
                            new Input("limit", max.toPlainString() + " h/week", "parameters.maxHoursPerWeek")),
                    sources(List.of(s.id()), Sources.ILO_C001, Sources.CSDDD_ANNEX_I)));
        }
        {
            Optional<Integer> age = c.youngestWorkerAge();
            int min = exposed ? p.hazardousWorkAge() : p.minimumWorkingAge();
            IndicatorStatus st = age.map(v -> v < min ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY)
                    .orElse(IndicatorStatus.UNKNOWN);
            addL("YOUNGEST-WORKER-AGE", s.id(), e,
                    age.map(v -> Quantity.known(BigDecimal.valueOf(v), "years")).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("years") : () -> Quantity.unknown(
                            "years", "age of the youngest worker of " + s.id() + " not disclosed")),
                    st, replay < 0 ? null : () -> new W(age.map(v -> "The youngest of " + s.name() + " is " + v + (st == IndicatorStatus.ADVERSE
                            ? ", under the minimum age of " + min + (exposed ? " for hazardous work." : ".")
                            : ".")).orElse("The age of the youngest of " + s.name() + " is not disclosed."),
                    age.map(v -> "Le plus jeune de " + s.name() + " a " + v + " ans" + (st == IndicatorStatus.ADVERSE
                            ? ", moins que l’âge minimum de " + min + " ans" + (exposed ? " pour les travaux dangereux." : ".")
                            : ".")).orElse("L’âge du plus jeune de " + s.name() + " n’est pas communiqué."),
                    "youngest worker's age compared with the minimum age (the hazardous-work age when the segment is"
                            + " exposed to harmful content)",
                    List.of(new Input("youngest worker", Normaliser.text(age), s.id() + ".conditions.youngestWorkerAge"),
                            new Input("minimum age", String.valueOf(min), exposed ? "parameters.hazardousWorkAge"
                                    : "parameters.minimumWorkingAge")),
                    sources(List.of(s.id()), Sources.ILO_C138, Sources.ILO_C182)));
        }
    }

    private void boolFlag(String code, WorkforceSegment s, Optional<Boolean> fact, String field, String what,
            String whatFr, String... standards) {
        IndicatorStatus st = fact.map(v -> v ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY)
                .orElse(IndicatorStatus.UNKNOWN);
        addL(code, s.id(), s.entity(),
                fact.map(IndicatorEngine::flag).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("flag") : () -> Quantity.unknown("flag", field + " of " + s.id()
                        + " not disclosed")),
                st, replay < 0 ? null : () -> new W(fact.map(v -> v ? "For " + s.name() + ", " + what + "." : "For " + s.name() + ", it is not the case"
                        + " that " + what + ".").orElse("For " + s.name() + ", whether " + what + " is not disclosed."),
                fact.map(v -> v ? "Pour " + s.name() + ", " + whatFr + "." : "Pour " + s.name() + ", il n’est pas vrai"
                        + " que " + whatFr + ".").orElse("Pour " + s.name() + ", il n’est pas communiqué si " + whatFr
                        + "."),
                "yes = 1 (adverse), no = 0", List.of(new Input(what, Normaliser.text(fact), s.id() + "." + field)),
                sources(List.of(s.id()), standards)));
    }

    // ---------------------------------------------------------------- opacity

    private void opacity(WorkforceSegment s) {
        String e = s.entity();
        Optional<Integer> declared = s.headcount().declared();
        Optional<Integer> estimated = s.headcount().estimated();
        if (declared.isEmpty() && estimated.isEmpty()) {
            addL("HEADCOUNT-UNDISCLOSED", s.id(), e, replay < 0 ? unknownWhileMeasuring("people")
                    : Quantity.unknown("people", "headcount of " + s.id() + " not disclosed"), IndicatorStatus.ADVERSE, replay < 0 ? null : () -> new W(
                    "How many people work as " + s.name() + " is not disclosed: an undisclosed workforce is itself a"
                            + " red flag.",
                    "Le nombre de personnes travaillant comme " + s.name() + " n’est pas communiqué : un effectif"
                            + " non communiqué est en soi un signal d’alerte.",
                    "headcount declared and estimated both missing",
                    List.of(new Input("headcount", "not disclosed", s.id() + ".headcount")),
                    sources(List.of(s.id()), Sources.SEED_INVESTIGATION)));
        }
        if (declared.isPresent() && estimated.isPresent() && declared.get() > 0) {
            BigDecimal gap = BigDecimal.valueOf(estimated.get() - declared.get())
                    .divide(BigDecimal.valueOf(declared.get()), mc).multiply(Normaliser.HUNDRED, mc);
            boolean wide = gap.abs().compareTo(p.headcountGapTolerance().multiply(Normaliser.HUNDRED, mc)) > 0;
            addL("HEADCOUNT-GAP", s.id(), e, known(gap, "%"),
                    wide ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY, replay < 0 ? null : () -> new W(
                    s.name() + ": " + declared.get() + " declared, " + estimated.get() + " estimated ("
                            + r(gap).stripTrailingZeros().toPlainString() + " %).",
                    s.name() + " : " + declared.get() + " déclarés, " + estimated.get() + " estimés ("
                            + r(gap).stripTrailingZeros().toPlainString() + " %).",
                    "(estimated − declared) ÷ declared × 100; adverse beyond the tolerance",
                    List.of(new Input("declared", declared.get().toString(), s.id() + ".headcount.declared"),
                            new Input("estimated", estimated.get().toString(), s.id() + ".headcount.estimated"),
                            new Input("tolerance", p.headcountGapTolerance().toPlainString(),
                                    "parameters.headcountGapTolerance")),
                    sources(List.of(s.id()))));
        }
        if (s.annualTasks().isPresent()) {
            Maybe<BigDecimal> taskHours = s.pay().isPresent() ? n.taskHours(s.pay().get(), s.conditions(), s.id())
                    : n.taskHours(s.conditions(), s.id());
            Optional<BigDecimal> hours = s.conditions().hoursPerWeek();
            capacity(s.id(), e, s.name(), s.annualTasks().get(),
                    s.headcount().best().map(h -> Maybe.of(BigDecimal.valueOf(h)))
                            .orElseGet(() -> Maybe.unknown("headcount of " + s.id() + " not disclosed")),
                    taskHours, hours, List.of(s.id()), s.id() + ".annualTasks", s.id() + ".headcount");
        }
    }

    private void capacity(String subject, String entity, String name, long tasks, Maybe<BigDecimal> people,
            Maybe<BigDecimal> taskHours, Optional<BigDecimal> hoursPerWeek, List<String> subjects, String tasksFrom,
            String peopleFrom) {
        BigDecimal weekly = hoursPerWeek.orElse(p.maxHoursPerWeek());
        if (!t("CAPACITY", subject)) {
            Quantity q;
            IndicatorStatus st;
            if (!people.known() || !taskHours.known()) {
                q = Quantity.unknown("ratio", !people.known() ? people.reason() : taskHours.reason());
                st = IndicatorStatus.UNKNOWN;
            } else {
                BigDecimal required = BigDecimal.valueOf(tasks).multiply(taskHours.value(), mc);
                BigDecimal capacity = people.value().multiply(weekly, mc).multiply(k.weeksPerYear(), mc);
                if (capacity.signum() == 0) {
                    q = Quantity.unknown("ratio", "declared headcount is zero");
                    st = IndicatorStatus.ADVERSE;
                } else {
                    BigDecimal ratio = required.divide(capacity, mc);
                    q = known(ratio, "ratio");
                    st = ratio.compareTo(BigDecimal.ONE) > 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                }
            }
            add("CAPACITY", subject, entity, q, st, null, null, null, null, null);
            return;
        }
        List<Input> in = new ArrayList<>();
        in.add(new Input("tasks a year", Long.toString(tasks), tasksFrom));
        in.add(new Input("people", people.known() ? people.value().toPlainString() : "not disclosed", peopleFrom));
        in.add(new Input("time per task", taskHours.known()
                ? r(taskHours.value().multiply(BigDecimal.valueOf(3600), mc)).stripTrailingZeros().toPlainString()
                        + " s" : "not disclosed", subject + ".pay.taskMinutes / conditions.secondsPerItem"));
        in.add(new Input("hours per week", weekly.toPlainString() + (hoursPerWeek.isEmpty()
                ? " (upper bound: parameters.maxHoursPerWeek)" : ""), hoursPerWeek.isEmpty()
                        ? "parameters.maxHoursPerWeek" : subject + ".conditions.hoursPerWeek"));
        in.add(new Input("weeks per year", k.weeksPerYear().toPlainString(), convention("weeksPerYear")));
        Quantity q;
        IndicatorStatus st;
        String statement;
        String statementFr;
        if (!people.known() || !taskHours.known()) {
            String why = !people.known() ? people.reason() : taskHours.reason();
            q = Quantity.unknown("ratio", why);
            st = IndicatorStatus.UNKNOWN;
            statement = "Whether " + name + " can produce " + tasks + " tasks a year cannot be checked: " + why + ".";
            statementFr = "On ne peut vérifier si " + name + " peut produire " + tasks + " tâches par an : " + why
                    + ".";
        } else {
            BigDecimal required = BigDecimal.valueOf(tasks).multiply(taskHours.value(), mc);
            BigDecimal capacity = people.value().multiply(weekly, mc).multiply(k.weeksPerYear(), mc);
            in.add(new Input("hours required", r(required).stripTrailingZeros().toPlainString(), "computed"));
            in.add(new Input("hours available", r(capacity).stripTrailingZeros().toPlainString(), "computed"));
            if (capacity.signum() == 0) {
                q = Quantity.unknown("ratio", "declared headcount is zero");
                st = IndicatorStatus.ADVERSE;
                statement = name + " declares no workers for " + tasks + " tasks a year.";
                statementFr = name + " ne déclare aucun travailleur pour " + tasks + " tâches par an.";
            } else {
                BigDecimal ratio = required.divide(capacity, mc);
                q = known(ratio, "ratio");
                st = ratio.compareTo(BigDecimal.ONE) > 0 ? IndicatorStatus.ADVERSE : IndicatorStatus.SATISFACTORY;
                statement = st == IndicatorStatus.ADVERSE
                        ? people.value().toPlainString() + " people cannot produce " + tasks + " tasks a year: that"
                                + " takes " + r(required).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString()
                                + " hours, " + r(ratio).stripTrailingZeros().toPlainString() + " times what they can work ("
                                + r(capacity).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString()
                                + " h). The workforce is undisclosed or overworked."
                        : "The declared workforce of " + name + " can produce its declared volume.";
                statementFr = st == IndicatorStatus.ADVERSE
                        ? people.value().toPlainString() + " personnes ne peuvent produire " + tasks + " tâches par an :"
                                + " il faut " + r(required).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString()
                                + " heures, " + r(ratio).stripTrailingZeros().toPlainString() + " fois ce qu’elles"
                                + " peuvent travailler (" + r(capacity).setScale(0, java.math.RoundingMode.HALF_EVEN)
                                .toPlainString() + " h). L’effectif est non communiqué ou surchargé."
                        : "L’effectif déclaré de " + name + " peut produire le volume déclaré.";
            }
        }
        add("CAPACITY", subject, entity, q, st, statement, statementFr,
                "hours required (tasks × time per task) ÷ hours available (people × hours per week × weeks per year);"
                        + " adverse above 1",
                in, sources(subjects, Sources.DIPLAB_DEEPSEEK));
    }

    private void entityOpacity(BusinessPartner e) {
        int node = entityNode(e);
        if (OPACITY_ROLES.contains(e.role()) && graph.suppliersOfNode(node).isEmpty()
                && graph.segmentsAtNode(node).isEmpty()) {
            int t = graph.tierOfNode(node);
            String tier = t >= 0 ? String.valueOf(t) : "unconnected";
            addL("UNDISCLOSED-TIER", e.id(), e.id(),
                    t >= 0 ? Quantity.known(BigDecimal.valueOf(t),
                            "tier") : Quantity.unknown("tier", "not connected to the company"),
                    IndicatorStatus.ADVERSE, replay < 0 ? null : () -> new W(
                    e.legalName() + " (" + lower(e.role()).replace('_', ' ') + ", tier " + tier + ") discloses neither"
                            + " suppliers nor a workforce: the chain stops there and the people who do the work are not"
                            + " visible.",
                    e.legalName() + " (" + roleFr(e.role()) + ", rang " + tier + ") ne communique ni fournisseurs ni"
                            + " effectifs : la chaîne s’arrête là et les personnes qui font le travail ne sont pas"
                            + " visibles.",
                    "entity whose role dispatches or buys data work, with no supplier and no workforce segment",
                    List.of(new Input("suppliers", "none disclosed", e.id() + " relationships"),
                            new Input("workforce", "none disclosed", e.id() + " workforceSegments")),
                    sources(List.of(e.id()), Sources.SEED_INVESTIGATION)));
        }
        if (e.declaredAnnualTasks().isPresent()) {
            List<WorkforceSegment> segs = graph.segmentsAtNode(node);
            Maybe<BigDecimal> taskHours = Maybe.unknown("time per task at " + e.id() + " not disclosed by any segment");
            Optional<BigDecimal> hours = Optional.empty();
            for (int si = 0, sn = segs.size(); si < sn; si++) {
                WorkforceSegment s = segs.get(si);
                Maybe<BigDecimal> t = s.pay().isPresent() ? n.taskHours(s.pay().get(), s.conditions(), s.id())
                        : n.taskHours(s.conditions(), s.id());
                if (t.known() && (!taskHours.known() || t.value().compareTo(taskHours.value()) < 0)) {
                    taskHours = t;
                }
            }
            Maybe<BigDecimal> people;
            String from;
            if (e.declaredAnnotators().isPresent()) {
                people = Maybe.of(BigDecimal.valueOf(e.declaredAnnotators().get()));
                from = e.id() + ".declaredAnnotators";
            } else {
                long sum = 0;
                boolean all = !segs.isEmpty();
                for (int si = 0, sn = segs.size(); si < sn; si++) {
                    WorkforceSegment s = segs.get(si);
                    if (s.headcount().best().isPresent()) {
                        sum += s.headcount().best().get();
                    } else {
                        all = false;
                    }
                }
                people = all ? Maybe.of(BigDecimal.valueOf(sum))
                        : Maybe.unknown("number of annotators of " + e.id() + " not disclosed");
                from = e.id() + " workforceSegments.headcount";
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(e.id());
            segs.forEach(s -> subjects.add(s.id()));
            capacity(e.id(), e.id(), e.legalName(), e.declaredAnnualTasks().get(), people, taskHours,
                    hours, subjects, e.id() + ".declaredAnnualTasks", from);
        }
    }

    // ---------------------------------------------------------------- Fairwork and PAI

    private static final String[] FAIRWORK_TITLES = {"Paid on time and for all completed work",
        "Paid at least the local minimum wage after costs", "Precarity and overwork mitigated", "Health and safety risks mitigated",
        "Clear terms and conditions", "Contracts consistent with the terms of engagement",
        "Due process for decisions affecting workers", "Equity in the management process",
        "Access to representation and freedom of association", "Collective governance or bargaining"};
    private static final String[] PAI_TITLES = {"Pay workers above the local living wage", "Design and run a pilot",
        "Identify appropriate workers for the task", "Provide verified instructions or training",
        "Set up clear, regular communication channels with workers"};
    private static final Point MET_POINT = new Point(IndicatorStatus.MET, "", List.of());
    private static final Point NOT_EVIDENCED_POINT = new Point(IndicatorStatus.NOT_EVIDENCED, "", List.of());
    private static final Point UNDISCLOSED_POINT = new Point(IndicatorStatus.NOT_ASSESSED, "", List.of());

    private record Point(IndicatorStatus status, String reason, List<Input> inputs) {
        static Point met(String reason, Input... in) {
            return new Point(IndicatorStatus.MET, reason, list(in));
        }

        static Point notEvidenced(String reason, Input... in) {
            return new Point(IndicatorStatus.NOT_EVIDENCED, reason, list(in));
        }

        static Point notAssessed(String reason, Input... in) {
            return new Point(IndicatorStatus.NOT_ASSESSED, reason, list(in));
        }

        /** The inputs; none while measuring, when {@link #fact} gives null (words are not built then). */
        private static List<Input> list(Input... in) {
            for (Input i : in) {
                if (i == null) {
                    return List.of();
                }
            }
            return List.of(in);
        }
    }

    private Point gate(Point first, Point second, String firstNumber) {
        if (first.status() == IndicatorStatus.MET) {
            return second;
        }
        if (replay < 0) {
            // measuring: only the status is read; the reason is worded when the point is rebuilt
            IndicatorStatus status = first.status() == IndicatorStatus.NOT_EVIDENCED ? IndicatorStatus.NOT_EVIDENCED
                    : second.status() == IndicatorStatus.MET ? IndicatorStatus.NOT_ASSESSED : second.status();
            return status == second.status() ? second : new Point(status, second.reason(), second.inputs());
        }
        if (first.status() == IndicatorStatus.NOT_EVIDENCED) {
            return new Point(IndicatorStatus.NOT_EVIDENCED, second.reason() + "; in any case the point requires "
                    + firstNumber + ", which is not evidenced", second.inputs());
        }
        if (second.status() == IndicatorStatus.MET) {
            return new Point(IndicatorStatus.NOT_ASSESSED, second.reason() + ", but " + firstNumber
                    + " (required first) is not assessed", second.inputs());
        }
        return second;
    }

    /** An input read from a platform practice of an entity; null while measuring, like {@link #fact}. */
    private Input practice(String name, Optional<?> value, String entityId, String field) {
        return replay < 0 ? null : new Input(name, Normaliser.text(value), entityId + ".practices." + field);
    }

    /** An input read from a fact; null while measuring (the words are built only when an indicator is read). */
    private Input fact(String name, Optional<?> value, String from) {
        return replay < 0 ? null : new Input(name, Normaliser.text(value), from);
    }

    private Point fromBoolean(Optional<Boolean> v, String what, Input in) {
        if (replay < 0) {
            // measuring: the status alone (the reason is worded when the point is rebuilt)
            return v.isEmpty() ? UNDISCLOSED_POINT : v.get() ? MET_POINT : NOT_EVIDENCED_POINT;
        }
        return v.map(b -> b ? Point.met(what, in) : Point.notEvidenced("the facts say it is not so that " + what, in))
                .orElseGet(() -> Point.notAssessed("whether " + what + " is not disclosed", in));
    }

    /**
     * The inputs of a Fairwork or Partnership on AI point: a list while its words are being rebuilt, else a list
     * that keeps nothing (while measuring only the points' statuses are read).
     */
    private List<Input> inputs() {
        return replay < 0 ? DISCARDED_INPUTS : new ArrayList<>();
    }

    /** A list that accepts inputs and keeps none. */
    private static final List<Input> DISCARDED_INPUTS = new java.util.AbstractList<>() {
        @Override
        public boolean add(Input input) {
            return true;
        }

        @Override
        public Input get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    };

    private List<Incident> incidents(String entity, IncidentKind... kinds) {
        if (incidentsAt.isEmpty() || !incidentsAt.containsKey(entity)) {
            return List.of();
        }
        Set<IncidentKind> set = EnumSet.noneOf(IncidentKind.class);
        set.addAll(List.of(kinds));
        List<Incident> list = new ArrayList<>();
        for (Incident i : incidentsAt.getOrDefault(entity, List.of())) {
            if (set.contains(i.kind())) {
                list.add(i);
            }
        }
        return list;
    }

    private void fairwork(BusinessPartner e) {
        Optional<PlatformPractices> pr = e.practices();
        String id = e.id();
        int node = entityNode(e);
        List<WorkforceSegment> segs = graph.segmentsAtNode(node);

        // 1.1 paid on time and for all work
        List<Incident> payIncidents = incidents(id, IncidentKind.PAY_WITHHELD, IncidentKind.PAY_DELAYED);
        Optional<Boolean> onTime = pr.flatMap(PlatformPractices::paysOnTimeForAllWork);
        Point p11 = !payIncidents.isEmpty()
                ? Point.notEvidenced("incident " + payIncidents.get(0).id() + " shows pay withheld or delayed",
                        new Input("incident", payIncidents.get(0).description(), payIncidents.get(0).id()))
                : fromBoolean(onTime, "workers are paid on time and for all completed work",
                        practice("paid on time for all work", onTime, id, "paysOnTimeForAllWork"));

        // 1.2 minimum wage after costs
        Optional<Boolean> fees = pr.flatMap(PlatformPractices::chargesWorkerFees);
        Optional<Boolean> timeShown = pr.flatMap(PlatformPractices::taskTimeShownBeforeAccept);
        List<Input> in12 = inputs();
        in12.add(practice("workers pay fees", fees, id, "chargesWorkerFees"));
        if (t(FAIRWORK_CODES[1], id)) {
            addRowInputs(in12, "minimum-wage gap", minimumGaps, node);
        }
        boolean pieceRate = false;
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            pieceRate |= s.pay().isPresent() && Normaliser.isPieceRate(s.pay().get());
        }
        boolean mwAdverse = anyRow(minimumGaps, node, IndicatorStatus.ADVERSE, true);
        boolean mwNotSatisfactory = anyRow(minimumGaps, node, IndicatorStatus.SATISFACTORY, false);
        if (pieceRate) {
            in12.add(practice("task time shown before accepting", timeShown, id, "taskTimeShownBeforeAccept"));
        }
        Point own12;
        if (mwAdverse) {
            own12 = new Point(IndicatorStatus.NOT_EVIDENCED, "a workforce segment is paid below the minimum wage", in12);
        } else if (pieceRate && timeShown.isPresent() && !timeShown.get()) {
            own12 = new Point(IndicatorStatus.NOT_EVIDENCED, "piece rates without a task-time estimate shown before"
                    + " the worker accepts", in12);
        } else if (segs.isEmpty() || minimumGaps.from(node) == minimumGaps.to(node)) {
            own12 = new Point(IndicatorStatus.NOT_ASSESSED, "no workforce with pay is disclosed at this entity", in12);
        } else if (mwNotSatisfactory) {
            own12 = new Point(IndicatorStatus.NOT_ASSESSED, "the minimum-wage gap of a segment is unknown", in12);
        } else if (fees.isEmpty()) {
            own12 = new Point(IndicatorStatus.NOT_ASSESSED, "whether workers pay fees is not disclosed, so pay after"
                    + " costs is unknown", in12);
        } else if (fees.get()) {
            own12 = new Point(IndicatorStatus.NOT_ASSESSED, "workers pay fees whose amount is not recorded, so pay"
                    + " after costs is unknown", in12);
        } else if (pieceRate && timeShown.isEmpty()) {
            own12 = new Point(IndicatorStatus.NOT_ASSESSED, "whether a task-time estimate is shown before accepting is"
                    + " not disclosed", in12);
        } else {
            own12 = new Point(IndicatorStatus.MET, "every segment earns at least the minimum wage, with no fees", in12);
        }
        Point p12 = gate(p11, own12, "1.1");

        // 2.1 precarity and overwork
        List<Input> in21 = inputs();
        boolean anyHours = false;
        boolean hoursAdverse = false;
        boolean hoursUnknown = false;
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            int h = last("WORKING-HOURS", s);
            if (h >= 0) {
                IndicatorStatus hs = facts.status(h);
                anyHours = true;
                hoursAdverse |= hs == IndicatorStatus.ADVERSE;
                hoursUnknown |= hs == IndicatorStatus.UNKNOWN;
                if (t(FAIRWORK_CODES[2], id)) {
                    in21.add(new Input("weekly hours of " + s.id(), facts.value(h, this).text(), facts.id(h)));
                }
            }
        }
        List<Incident> exits = incidents(id, IncidentKind.ABRUPT_EXIT);
        Point p21;
        if (!exits.isEmpty() || hoursAdverse) {
            p21 = new Point(IndicatorStatus.NOT_EVIDENCED, exits.isEmpty() ? "a segment works beyond the weekly limit"
                    : "incident " + exits.get(0).id() + " shows an abrupt exit", in21);
        } else if (!anyHours || hoursUnknown) {
            p21 = new Point(IndicatorStatus.NOT_ASSESSED, "weekly hours are not disclosed for every segment", in21);
        } else {
            p21 = new Point(IndicatorStatus.MET, "every segment works within the weekly limit (proxy for overwork)",
                    in21);
        }

        // 2.2 health and safety
        Optional<Boolean> hs = pr.flatMap(PlatformPractices::healthSafetyPolicy);
        List<Input> in22 = inputs();
        in22.add(practice("health and safety policy", hs, id, "healthSafetyPolicy"));
        boolean exposureBad = false;
        boolean exposureUnknown = false;
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            int harm = last("HARMFUL-CONTENT-HOURS", s);
            int sup = last("PSYCHOLOGICAL-SUPPORT", s);
            if (harm >= 0 && facts.status(harm) == IndicatorStatus.ADVERSE) {
                if (t(FAIRWORK_CODES[3], id)) {
                    in22.add(new Input("harmful content of " + s.id(), facts.value(harm, this).text(), facts.id(harm)));
                }
                exposureBad = true;
            }
            if (sup >= 0) {
                if (t(FAIRWORK_CODES[3], id)) {
                    in22.add(new Input("psychological support of " + s.id(), facts.value(sup, this).text(),
                            facts.id(sup)));
                }
                exposureBad |= facts.status(sup) == IndicatorStatus.ADVERSE;
                exposureUnknown |= facts.status(sup) == IndicatorStatus.UNKNOWN;
            }
        }
        Point own22;
        if (hs.isPresent() && !hs.get()) {
            own22 = new Point(IndicatorStatus.NOT_EVIDENCED, "no policy identifies and addresses job risks", in22);
        } else if (exposureBad) {
            own22 = new Point(IndicatorStatus.NOT_EVIDENCED, "workers exposed to harmful content beyond the limit or"
                    + " without adequate psychological support", in22);
        } else if (hs.isEmpty() || exposureUnknown) {
            own22 = new Point(IndicatorStatus.NOT_ASSESSED, "the health and safety policy or the exposure of workers"
                    + " is not disclosed", in22);
        } else {
            own22 = new Point(IndicatorStatus.MET, "a policy addresses job risks, psychological ones included", in22);
        }
        Point p22 = gate(p21, own22, "2.1");

        // 3.1 clear terms, 3.2 contracts consistent with the terms of engagement
        Optional<Boolean> terms = pr.flatMap(PlatformPractices::clearTerms);
        Point p31 = fromBoolean(terms, "terms and conditions are clear and accessible",
                practice("clear terms", terms, id, "clearTerms"));
        Point p32 = gate(p31, Point.notAssessed("the model records no fact on the consistency of contracts with"
                + " the terms of engagement"), "3.1");

        // 4.1 due process, 4.2 equity in management
        Optional<Boolean> due = pr.flatMap(PlatformPractices::dueProcess);
        Point p41 = fromBoolean(due, "workers can appeal decisions such as deactivation",
                practice("due process", due, id, "dueProcess"));
        List<Input> in42 = inputs();
        boolean unequal = false;
        for (int i = equalPayAt.from(node), end = equalPayAt.to(node); i < end; i++) {
            int eq = equalPayAt.row(i);
            if (t(FAIRWORK_CODES[7], id)) {
                in42.add(new Input("equal pay", facts.value(eq, this).text(), facts.id(eq)));
            }
            unequal |= facts.status(eq) == IndicatorStatus.ADVERSE;
        }
        Optional<Boolean> algo = pr.flatMap(PlatformPractices::algorithmicManagement);
        Optional<Boolean> review = pr.flatMap(PlatformPractices::humanReview);
        in42.add(practice("algorithmic management", algo, id, "algorithmicManagement"));
        in42.add(practice("human review", review, id, "humanReview"));
        Point own42;
        if (unequal) {
            own42 = new Point(IndicatorStatus.NOT_EVIDENCED, "workers doing the same task are paid differently", in42);
        } else if (algo.orElse(false) && review.isPresent() && !review.get()) {
            own42 = new Point(IndicatorStatus.NOT_EVIDENCED, "automated decisions are not reviewed by a human", in42);
        } else {
            own42 = new Point(IndicatorStatus.NOT_ASSESSED, "the model records no anti-discrimination policy", in42);
        }
        Point p42 = gate(p41, own42, "4.1");

        // 5.1 representation and freedom of association, 5.2 collective governance
        Optional<Boolean> coll = pr.flatMap(PlatformPractices::collectiveRepresentation);
        List<Input> in51 = inputs();
        in51.add(practice("collective representation", coll, id, "collectiveRepresentation"));
        boolean blocked = false;
        boolean allRecognised = !segs.isEmpty();
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            Optional<FreedomOfAssociation> fa = s.conditions().freedomOfAssociation();
            if (t(FAIRWORK_CODES[8], id)) {
                in51.add(fact("freedom of association of " + s.id(), fa, s.id() + ".conditions.freedomOfAssociation"));
            }
            blocked |= fa.isPresent() && fa.get() != FreedomOfAssociation.RECOGNISED;
            allRecognised &= fa.isPresent() && fa.get() == FreedomOfAssociation.RECOGNISED;
        }
        List<Incident> fired = incidents(id, IncidentKind.DISMISSAL, IncidentKind.EXPULSION);
        for (Incident i : fired) {
            if (t(FAIRWORK_CODES[8], id)) {
                in51.add(new Input("incident", i.description(), i.id()));
            }
        }
        Point p51;
        if (blocked || !fired.isEmpty()) {
            p51 = new Point(IndicatorStatus.NOT_EVIDENCED, "representation is not recognised or organising met"
                    + " retaliation", in51);
        } else if (coll.orElse(false) || allRecognised) {
            p51 = new Point(IndicatorStatus.MET, "workers have access to representation", in51);
        } else {
            p51 = new Point(IndicatorStatus.NOT_ASSESSED, "access to representation is not disclosed", in51);
        }
        Point p52 = gate(p51, fromBoolean(coll, "a collective body of workers is recognised",
                practice("collective representation", coll, id, "collectiveRepresentation")), "5.1");

        String[] numbers = FAIRWORK_NUMBERS;
        String[] titles = FAIRWORK_TITLES;
        Point[] points = {p11, p12, p21, p22, p31, p32, p41, p42, p51, p52};
        int met = 0;
        int notAssessed = 0;
        List<Input> score = inputs();
        for (int i = 0; i < points.length; i++) {
            Point pt = points[i];
            met += pt.status() == IndicatorStatus.MET ? 1 : 0;
            notAssessed += pt.status() == IndicatorStatus.NOT_ASSESSED ? 1 : 0;
            String code = FAIRWORK_CODES[i];
            int ix = i;
            if (replay < 0) {
                pointStatuses[i] = (byte) pt.status().ordinal(); // kept with the entity's other points
                continue;
            }
            addL(code, id, id, pt.status() == IndicatorStatus.MET ? POINT_MET : POINT_NOT_MET, pt.status(),
                    replay < 0 ? null : () -> new W("Fairwork Cloudwork " + numbers[ix] + " (" + titles[ix] + ") for " + e.legalName()
                            + ": " + lower(pt.status()).replace('_', ' ') + " — " + pt.reason() + ".",
                    PointWordingFr.statement("Fairwork Cloudwork " + numbers[ix], PointWordingFr.FAIRWORK_TITLES[ix],
                            e.legalName(), pt.status(), pt.reason()),
                    "evidence-gated: met only with verifiable evidence; the second point of a principle requires the"
                            + " first; not evidenced ≠ confirmed bad; not assessed = facts missing",
                    pt.inputs(), sources(List.of(id), Sources.FAIRWORK_CLOUDWORK, Sources.FAIRWORK_2024_UPDATE,
                            Sources.FAIRWORK_EVIDENCE_RULE)));
            if (t("FAIRWORK-SCORE", id)) {
                score.add(new Input(numbers[i], lower(pt.status()), code + ":" + id));
            }
        }
        int metCount = met;
        int notAssessedCount = notAssessed;
        if (replay < 0) {
            pointStatuses[FAIRWORK_CODES.length] = (byte) IndicatorStatus.INFORMATIVE.ordinal();
            return; // the score is the number of points met, worked out from their statuses when read
        }
        addL("FAIRWORK-SCORE", id, id, Quantity.known(BigDecimal.valueOf(met), "points of 10"),
                IndicatorStatus.INFORMATIVE, replay < 0 ? null : () -> new W(
                e.legalName() + ": " + metCount + " of 10 Fairwork Cloudwork points evidenced, " + notAssessedCount
                        + " not assessed for lack of facts.",
                e.legalName() + " : " + metCount + " points Fairwork Cloudwork sur 10 étayés, " + notAssessedCount
                        + " non évalués faute de faits.",
                "number of thresholds met", score, List.of(Sources.FAIRWORK_CLOUDWORK, Sources.FAIRWORK_EVIDENCE_RULE)));
    }

    private void pai(BusinessPartner e) {
        String id = e.id();
        int node = entityNode(e);
        List<WorkforceSegment> segs = graph.segmentsAtNode(node);
        // 1: pay above the local living wage
        List<Input> in1 = inputs();
        if (t(PAI_CODES[0], id)) {
            addRowInputs(in1, "living-wage gap", livingGaps, node);
        }
        Point p1;
        boolean lwAdverse = anyRow(livingGaps, node, IndicatorStatus.ADVERSE, true);
        boolean lwNotSatisfactory = anyRow(livingGaps, node, IndicatorStatus.SATISFACTORY, false);
        if (lwAdverse) {
            p1 = new Point(IndicatorStatus.NOT_EVIDENCED, "a segment is paid below the local living wage", in1);
        } else if (livingGaps.from(node) == livingGaps.to(node) || lwNotSatisfactory) {
            p1 = new Point(IndicatorStatus.NOT_ASSESSED, "the living-wage gap of a segment is unknown", in1);
        } else {
            p1 = new Point(IndicatorStatus.MET, "every segment is paid at least the local living wage", in1);
        }
        Point p2 = Point.notAssessed("the model records no pilot of the task");
        // 3: appropriate workers: at least no under-age worker on hazardous content
        List<Input> in3 = inputs();
        boolean underAge = false;
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            int a = last("YOUNGEST-WORKER-AGE", s);
            if (a >= 0) {
                if (t(PAI_CODES[2], id)) {
                    in3.add(new Input("youngest worker of " + s.id(), facts.value(a, this).text(), facts.id(a)));
                }
                underAge |= facts.status(a) == IndicatorStatus.ADVERSE;
            }
        }
        Point p3 = underAge ? new Point(IndicatorStatus.NOT_EVIDENCED, "a worker is under the minimum age for the task",
                in3) : new Point(IndicatorStatus.NOT_ASSESSED, "the model records no worker-selection process", in3);
        Point p4 = Point.notAssessed("the model records no verified instructions or training");
        // 5: communication channels open to the workers
        List<Input> in5 = inputs();
        boolean allReach = !segs.isEmpty();
        boolean shut = false;
        for (int si = 0, sn = segs.size(); si < sn; si++) {
            WorkforceSegment s = segs.get(si);
            boolean reach = false;
            boolean ownOnly = !s.grievanceMechanisms().isEmpty();
            for (String gid : s.grievanceMechanisms()) {
                GrievanceMechanism g = mechanisms.get(gid);
                if (g == null) {
                    continue;
                }
                if (t(PAI_CODES[4], id)) {
                    in5.add(new Input("channel of " + s.id(), g.name() + " (open to " + g.openTo().stream()
                            .map(IndicatorEngine::lower).toList() + ")", gid));
                }
                boolean open = g.openTo().contains(GrievanceAccess.AFFECTED_WORKERS)
                        || g.openTo().contains(GrievanceAccess.WORKER_REPRESENTATIVES)
                        || g.openTo().contains(GrievanceAccess.ANYONE);
                reach |= open;
                ownOnly &= !open;
            }
            boolean employee = s.employmentStatus().map(x -> x == EmploymentStatus.EMPLOYEE).orElse(false);
            shut |= ownOnly && !reach && !employee;
            allReach &= reach;
        }
        Point p5 = shut ? new Point(IndicatorStatus.NOT_EVIDENCED, "a segment of non-employees can only reach a channel"
                + " reserved to employees", in5)
                : allReach ? new Point(IndicatorStatus.MET, "every segment can reach a channel open to workers", in5)
                        : new Point(IndicatorStatus.NOT_ASSESSED, "the channels open to workers are not disclosed", in5);
        String[] titles = PAI_TITLES;
        Point[] points = {p1, p2, p3, p4, p5};
        if (replay < 0) {
            // the entity's sixteen points, kept as one block (its id is the subject, so the key is the group's)
            assert id == curSubject : id;
            for (int i = 0; i < points.length; i++) {
                pointStatuses[FAIRWORK_CODES.length + 1 + i] = (byte) points[i].status().ordinal();
            }
            rows.addPoints(e, curKey, entityNode(e), pointStatuses);
            return;
        }
        for (int i = 0; i < points.length; i++) {
            Point pt = points[i];
            int ix = i;
            addL(PAI_CODES[i], id, id, pt.status() == IndicatorStatus.MET ? POINT_MET : POINT_NOT_MET, pt.status(),
                    replay < 0 ? null : () -> new W("Partnership on AI guideline " + (ix + 1) + " (" + titles[ix] + ") for "
                            + e.legalName() + ": " + lower(pt.status()).replace('_', ' ') + " — " + pt.reason() + ".",
                    PointWordingFr.statement("Ligne directrice " + (ix + 1) + " du Partnership on AI",
                            PointWordingFr.PAI_TITLES[ix], e.legalName(), pt.status(), pt.reason()),
                    "evidence-gated like Fairwork: met only with evidence; not assessed = facts missing",
                    pt.inputs(), sources(List.of(id), ix == 0 ? Sources.PAI_GUIDELINES : Sources.PAI_GUIDELINES_2_5)));
        }
    }

    private void algorithmicManagement(BusinessPartner e) {
        if (e.practices().isEmpty()) {
            return;
        }
        PlatformPractices pr = e.practices().get();
        String pp = e.id() + ".practices.";
        Optional<Boolean> algo = pr.algorithmicManagement();
        if (algo.isPresent() && !algo.get()) {
            return;
        }
        boolean txt = t();
        List<Input> in = txt ? List.of(fact("algorithmic management", algo, pp + "algorithmicManagement"),
                fact("transparency notice", pr.transparencyNoticeDate(), pp + "transparencyNoticeDate"),
                fact("human review", pr.humanReview(), pp + "humanReview"),
                fact("DPIA", pr.dpiaReference(), pp + "dpiaReference")) : List.of();
        if (algo.isEmpty()) {
            addL("ALGORITHMIC-MANAGEMENT", e.id(), e.id(), Quantity.unknown("missing safeguards",
                    "whether " + e.id() + " uses algorithmic management is not disclosed"), IndicatorStatus.UNKNOWN,
                    replay < 0 ? null : () -> new W("Whether " + e.legalName() + " manages workers by algorithm is not disclosed.",
                    "Le recours de " + e.legalName() + " à la gestion algorithmique des travailleurs n’est pas"
                            + " communiqué.",
                    "safeguards missing among: transparency notice, human review, DPIA", in,
                    sources(List.of(e.id()), Sources.PWD)));
            return;
        }
        List<String> missing = new ArrayList<>();
        List<String> missingFr = new ArrayList<>();
        if (pr.transparencyNoticeDate().isEmpty()) {
            missing.add("transparency notice");
            missingFr.add("notice de transparence");
        }
        if (!pr.humanReview().orElse(false)) {
            missing.add("human review");
            missingFr.add("contrôle humain");
        }
        if (pr.dpiaReference().isEmpty()) {
            missing.add("DPIA");
            missingFr.add("AIPD");
        }
        addL("ALGORITHMIC-MANAGEMENT", e.id(), e.id(),
                Quantity.known(BigDecimal.valueOf(missing.size()), "missing safeguards"),
                missing.isEmpty() ? IndicatorStatus.SATISFACTORY : IndicatorStatus.ADVERSE,
                replay < 0 ? null : () -> new W(missing.isEmpty() ? e.legalName() + " manages workers by algorithm with the three safeguards in place."
                        : e.legalName() + " manages workers by algorithm without evidence of: "
                                + String.join(", ", missing) + ".",
                missing.isEmpty() ? e.legalName() + " gère les travailleurs par algorithme avec les trois garanties en"
                        + " place."
                        : e.legalName() + " gère les travailleurs par algorithme sans preuve de : "
                                + String.join(", ", missingFr) + ".",
                "safeguards missing among: transparency notice (PWD Art 9), human review (Art 11), DPIA (Art 8);"
                        + " a safeguard not disclosed counts as missing",
                in, sources(List.of(e.id()), Sources.PWD)));
    }

    // ---------------------------------------------------------------- environment

    private static final String[] ENV_CODES = {"ENERGY", "WATER-USE", "EMISSIONS"};
    private static final String[] ENV_TOTAL_CODES = {"ENERGY-TOTAL", "WATER-USE-TOTAL", "EMISSIONS-TOTAL"};
    private static final String[] ENV_UNITS = {"MWh", "m3", "tCO2e"};
    private static final String[] ENV_FIELDS = {"energyMwh", "waterCubicMetres", "emissionsTco2e"};
    private static final String[] ENV_NAMES = {"energy use", "water withdrawal", "greenhouse-gas emissions"};
    private static final String[] ENV_NAMES_FR = {"consommation d’énergie", "prélèvement d’eau",
        "émissions de gaz à effet de serre"};
    private static final String[] ENV_TOTAL_FR = {"Consommation d’énergie communiquée", "Prélèvement d’eau communiqué",
        "Émissions de gaz à effet de serre communiquées"};
    private static final String[] ENV_PRONOUN_FR = {"la", "le", "les"};
    private static final String[] ENV_MISSING_FR = {"sa consommation d’énergie", "son prélèvement d’eau",
        "ses émissions de gaz à effet de serre"};

    private void environment() {
        Map<String, BigDecimal[]> perEntity = new TreeMap<>(); // energy, water, emissions; null = unknown
        Map<String, List<MineralSourcing>> minerals = new TreeMap<>();
        for (EnvironmentalFacts f : chain.environmentalFacts()) {
            BigDecimal[] acc = perEntity.computeIfAbsent(f.entity(), x -> new BigDecimal[] {null, null, null});
            acc[0] = sum(acc[0], f.energyMwh(), mc);
            acc[1] = sum(acc[1], f.waterCubicMetres(), mc);
            acc[2] = sum(acc[2], f.emissionsTco2e(), mc);
            minerals.computeIfAbsent(f.entity(), x -> new ArrayList<>()).addAll(f.minerals());
        }
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int[] knownCount = new int[3];
        int[] undisclosed = new int[3];
        for (Map.Entry<String, BigDecimal[]> en : perEntity.entrySet()) {
            for (int i = 0; i < 3; i++) {
                BigDecimal v = en.getValue()[i];
                if (v != null) {
                    totals[i] = totals[i].add(v, mc);
                    knownCount[i]++;
                } else {
                    undisclosed[i]++;
                }
            }
            group(K_ENV, en.getKey(), en.getValue());
            environmentOf(en.getKey(), en.getValue());
        }
        // the partners (each listing) whose entity has no facts, by graph node
        boolean[] withFacts = new boolean[graph.nodeCount()];
        for (String entity : perEntity.keySet()) {
            int node = graph.node(entity);
            if (node >= 0) {
                withFacts[node] = true;
            }
        }
        int entitiesWithout = 0;
        for (int i = 0, count = chain.businessPartners().size(); i < count; i++) {
            if (!withFacts[graph.nodeOfPartner(i)]) {
                entitiesWithout++;
            }
        }
        for (int i = 0; i < 3; i++) {
            int[] counts = {i, knownCount[i], undisclosed[i] + entitiesWithout};
            group(K_ENV_TOTAL, counts, totals[i]);
            environmentTotal(counts, totals[i]);
        }
        // minerals per entity and per country of origin
        Map<String, BigDecimal> tonnesByCountry = new TreeMap<>();
        Map<String, int[]> countsByCountry = new TreeMap<>(); // sourcings, with unknown tonnes
        Map<String, Set<String>> mineralsByCountry = new TreeMap<>();
        for (Map.Entry<String, List<MineralSourcing>> en : minerals.entrySet()) {
            String entity = en.getKey();
            for (MineralSourcing m : en.getValue()) {
                String country = m.originCountry().toUpperCase(Locale.ROOT);
                int[] c = countsByCountry.computeIfAbsent(country, x -> new int[2]);
                c[0]++;
                mineralsByCountry.computeIfAbsent(country, x -> new TreeSet<>()).add(m.mineral());
                if (m.tonnes().isPresent()) {
                    tonnesByCountry.merge(country, m.tonnes().get(), (x, y) -> x.add(y, mc));
                } else {
                    c[1]++;
                }
                group(K_MINERAL, entity, m);
                mineral(entity, m);
            }
        }
        for (Map.Entry<String, int[]> en : countsByCountry.entrySet()) {
            String country = en.getKey();
            Object[] facts = {en.getValue(), tonnesByCountry.get(country), mineralsByCountry.get(country)};
            group(K_ORIGIN, country, facts);
            mineralsByOrigin(country, facts);
        }
    }

    private void environmentOf(String entity, BigDecimal[] values) {
        for (int i = 0; i < 3; i++) {
            BigDecimal v = values[i];
            int ix = i;
            addL(ENV_CODES[i], entity, entity,
                    v != null ? Quantity.known(v, ENV_UNITS[i]) : Quantity.unknown(ENV_UNITS[i], ENV_NAMES[i] + " of "
                            + entity + " not disclosed"),
                    v != null ? IndicatorStatus.INFORMATIVE : IndicatorStatus.UNKNOWN, replay < 0 ? null : () -> new W(
                    v != null ? entity + ": " + ENV_NAMES[ix] + " " + v.stripTrailingZeros().toPlainString() + " "
                            + ENV_UNITS[ix] + "." : entity + " does not disclose its " + ENV_NAMES[ix] + ".",
                    v != null ? entity + " : " + ENV_NAMES_FR[ix] + " " + v.stripTrailingZeros().toPlainString() + " "
                            + ENV_UNITS[ix] + "." : entity + " ne communique pas " + ENV_MISSING_FR[ix] + ".",
                    "sum of the entity's " + ENV_FIELDS[ix] + " for the period",
                    List.of(new Input(ENV_NAMES[ix], v == null ? "not disclosed" : v.toPlainString(), entity
                            + ".environmentalFacts." + ENV_FIELDS[ix])),
                    sources(List.of(entity), Sources.CSRD_ESRS_E1)));
        }
    }

    /** One chain-wide total; {@code counts} = index of the figure, entities disclosing it, entities not. */
    private void environmentTotal(int[] counts, BigDecimal total) {
        int i = counts[0];
        int known = counts[1];
        int unknown = counts[2];
        String[] names = ENV_NAMES;
        String[] units = ENV_UNITS;
        Quantity q = known == 0 ? Quantity.unknown(units[i], "no entity discloses its " + names[i])
                : Quantity.known(total, units[i]);
        addL(ENV_TOTAL_CODES[i], CHAIN, null, q,
                known == 0 ? IndicatorStatus.UNKNOWN : IndicatorStatus.INFORMATIVE, replay < 0 ? null : () -> new W(
                known == 0 ? "No entity in the chain discloses its " + names[i] + "."
                        : "Disclosed " + names[i] + " along the chain: " + total.stripTrailingZeros()
                                .toPlainString() + " " + units[i] + " from " + known + " entit"
                                + (known == 1 ? "y" : "ies") + (unknown == 0 ? "."
                                        : "; " + unknown + " entit" + (unknown == 1 ? "y does" : "ies do")
                                                + " not disclose it, so the total is a lower bound."),
                known == 0 ? "Aucune entité de la chaîne ne communique " + ENV_MISSING_FR[i] + "."
                        : ENV_TOTAL_FR[i] + " le long de la chaîne : " + total.stripTrailingZeros()
                                .toPlainString() + " " + units[i] + ", par " + known + " entité"
                                + (known == 1 ? "" : "s") + (unknown == 0 ? "."
                                        : " ; " + unknown + " entité" + (unknown == 1 ? " ne " + ENV_PRONOUN_FR[i]
                                                + " communique pas" : "s ne " + ENV_PRONOUN_FR[i] + " communiquent pas")
                                                + " : le total est un minimum."),
                "sum of the disclosed figures; entities that disclose nothing are counted, not taken as zero",
                List.of(new Input("entities disclosing", Integer.toString(known), "environmentalFacts." + ENV_FIELDS[i]),
                        new Input("entities not disclosing", Integer.toString(unknown),
                                "environmentalFacts." + ENV_FIELDS[i])),
                List.of(Sources.CSRD_ESRS_E1)));
    }

    private void mineral(String entity, MineralSourcing m) {
        String country = m.originCountry().toUpperCase(Locale.ROOT);
        String subject = entity + ":" + m.mineral().toLowerCase(Locale.ROOT).replace(' ', '-') + ":" + country;
        boolean txt = t();
        List<Input> in = !txt ? List.of() : List.of(new Input("mineral", m.mineral(), entity + ".environmentalFacts.minerals"),
                new Input("origin", country + m.site().map(x -> " (" + x + ")").orElse(""),
                        entity + ".environmentalFacts.minerals"),
                fact("tonnes", m.tonnes(), entity + ".environmentalFacts.minerals"),
                fact("distance to data workers (km)", m.distanceToWorkforceKm(),
                        entity + ".environmentalFacts.minerals"));
        addL("MINERAL-SOURCING", subject, entity,
                m.tonnes().map(t -> Quantity.known(t, "t")).orElseGet(replay < 0 ? () -> unknownWhileMeasuring("t") : () -> Quantity.unknown("t",
                        "tonnes of " + m.mineral() + " not disclosed")),
                IndicatorStatus.INFORMATIVE, replay < 0 ? null : () -> new W(entity + " sources " + m.mineral() + " from " + country + ".",
                        null, "mineral sourced, with its country of origin", in, sources(List.of(entity),
                        Sources.SEED_INVESTIGATION, Sources.CSRD_ESRS_E1)));
        if (m.distanceToWorkforceKm().isPresent()
                && m.distanceToWorkforceKm().get().compareTo(p.mineralOverlapKm()) <= 0) {
            addL("MINERAL-OVERLAP", subject, entity,
                    Quantity.known(m.distanceToWorkforceKm().get(), "km"), IndicatorStatus.ADVERSE, replay < 0 ? null : () -> {
                        List<Input> in2 = new ArrayList<>(in);
                        in2.add(new Input("overlap distance", p.mineralOverlapKm().toPlainString() + " km",
                                "parameters.mineralOverlapKm"));
                        return new W("The " + m.mineral() + " site in " + country + " lies "
                                + m.distanceToWorkforceKm().get().stripTrailingZeros().toPlainString()
                                + " km from data workers of the chain: mining and click work overlap.", null,
                                "distance between the mine and data workers ≤ the overlap distance", in2,
                                sources(List.of(entity), Sources.SEED_INVESTIGATION));
                    });
        }
    }

    /** Minerals by country of origin; {@code facts} = int[] {sourcings, without tonnage}, tonnes or null, names. */
    @SuppressWarnings("unchecked")
    private void mineralsByOrigin(String country, Object[] facts) {
        int[] c = (int[]) facts[0];
        BigDecimal t = (BigDecimal) facts[1];
        Set<String> names = (Set<String>) facts[2];
        addL("MINERALS-BY-ORIGIN", country, null,
                t == null ? Quantity.unknown("t", "no tonnage disclosed for minerals from " + country)
                        : Quantity.known(t, "t"),
                t == null ? IndicatorStatus.UNKNOWN : IndicatorStatus.INFORMATIVE, replay < 0 ? null : () -> new W(
                "Minerals from " + country + " (" + String.join(", ", names) + "): "
                        + c[0] + " sourcing(s)" + (t == null ? "" : ", " + t.stripTrailingZeros().toPlainString()
                                + " t disclosed") + (c[1] == 0 ? "." : "; " + c[1] + " without tonnage."),
                null, "sum of disclosed tonnes by country of origin; sourcings without tonnage are counted",
                List.of(new Input("sourcings", Integer.toString(c[0]), "environmentalFacts.minerals"),
                        new Input("without tonnage", Integer.toString(c[1]), "environmentalFacts.minerals")),
                List.of(Sources.CSRD_ESRS_E1)));
    }

    private static BigDecimal sum(BigDecimal acc, Optional<BigDecimal> v, MathContext mc) {
        if (v.isEmpty()) {
            return acc;
        }
        return acc == null ? v.get() : acc.add(v.get(), mc);
    }

    /** Whether any row kept for a node has the status ({@code is}), or any has another ({@code !is}). */
    private boolean anyRow(NodeRows byNode, int node, IndicatorStatus status, boolean is) {
        for (int i = byNode.from(node), end = byNode.to(node); i < end; i++) {
            if ((facts.status(byNode.row(i)) == status) == is) {
                return true;
            }
        }
        return false;
    }

    /** Cites each row kept for a node as an input, with its value and id. */
    private void addRowInputs(List<Input> in, String label, NodeRows byNode, int node) {
        for (int i = byNode.from(node), end = byNode.to(node); i < end; i++) {
            int row = byNode.row(i);
            in.add(new Input(label, facts.value(row, this).text(), facts.id(row)));
        }
    }

    /** Keeps a row for the current group's entity node. */
    private void rowsAt(NodeRows byNode, int row) {
        if (curEntityNode < 0) {
            throw new IllegalStateException("no entity node for group " + curKind);
        }
        byNode.add(curEntityNode, row);
    }

    /**
     * The graph node of the partner of the current entity group: the group's, found from the partner's position
     * while measuring; looked up by id while rebuilding words.
     */
    private int entityNode(BusinessPartner e) {
        if (replay < 0 && curEntityNode >= 0) {
            assert graph.node(e.id()) == curEntityNode : e.id();
            return curEntityNode;
        }
        return graph.node(e.id());
    }
}
