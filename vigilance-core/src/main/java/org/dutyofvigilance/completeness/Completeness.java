package org.dutyofvigilance.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.rules.Applicability;
import org.dutyofvigilance.rules.ChainFacts;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.FactPath;
import org.dutyofvigilance.rules.FactTally;
import org.dutyofvigilance.rules.LegalStatus;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Obligation;
import org.dutyofvigilance.rules.Regime;
import org.dutyofvigilance.rules.RequiredFact;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.rules.Text;
import org.dutyofvigilance.rules.Truth;
import org.dutyofvigilance.scope.Scope;
import org.dutyofvigilance.scope.ScopeAssessment;
import org.dutyofvigilance.scope.ScopeStatus;

/**
 * Tests every applicable obligation against every node of a chain it applies to and reports, fact by fact,
 * what is disclosed, partly disclosed, missing, stale or not applicable, with one overall verdict.
 *
 * <pre>{@code
 * CompletenessReport report = Completeness.check(chain, Rulebook.shipped(), CompletenessOptions.defaults());
 * if (report.verdict() == Verdict.INCOMPLETE) {
 *     report.gaps().forEach(f -> log(f.ruleId() + " " + f.nodeId() + " " + f.field()));
 * }
 * }</pre>
 *
 * <p>An obligation whose condition depends on an undisclosed fact is treated as applicable, and that fact
 * is added to what it needs: "not disclosed" is never read as "does not apply". Pure and thread-safe; the
 * chain is indexed once, and each obligation only visits the nodes of its kind.
 */
public final class Completeness {
    static final Text DISCLOSED = new Text("Disclosed", "Publié");
    static final Text MISSING = new Text("Not disclosed", "Non publié");
    static final Text MISSING_DECIDING = new Text(
            "Not disclosed (needed to decide whether the obligation applies)",
            "Non publié (nécessaire pour décider si l'obligation s'applique)");

    private Completeness() {
    }

    /** Checks a chain against the shipped rulebook with default options. */
    public static CompletenessReport check(ChainOfActivities chain) {
        return check(chain, Rulebook.shipped(), CompletenessOptions.defaults());
    }

    /** Checks a chain against a rulebook (builds the chain's graph; see the overload that takes one). */
    public static CompletenessReport check(ChainOfActivities chain, Rulebook rulebook, CompletenessOptions options) {
        return check(chain, ChainGraph.of(chain), rulebook, options);
    }

    /**
     * Checks a chain against a rulebook, reusing the graph already built for it (e.g. for the structural
     * check), so that it is not built twice.
     *
     * @throws IllegalArgumentException when the graph was not built from this chain
     */
    public static CompletenessReport check(ChainOfActivities chain, ChainGraph graph, Rulebook rulebook,
            CompletenessOptions options) {
        if (graph.chain() != chain) {
            throw new IllegalArgumentException("the graph was built from another chain");
        }
        ChainFacts facts = ChainFacts.of(graph);
        ScopeAssessment scope = Scope.assess(facts);
        List<RuleSet> selected = select(rulebook, scope, options);
        LocalDate asOf = options.asOf().orElse(chain.reportingPeriod().end());
        LocalDate evidenceCutoff = asOf.minusMonths(options.maxEvidenceAgeMonths());
        List<Obligation> all = new ArrayList<>();
        for (RuleSet rs : selected) {
            all.addAll(rs.obligations());
        }
        Obligation[] dictionary = all.toArray(Obligation[]::new);
        Text[] notMet = new Text[dictionary.length];
        for (int i = 0; i < dictionary.length; i++) {
            Obligation ob = dictionary[i];
            Applicability a = ob.appliesTo();
            notMet[i] = ob.status() == LegalStatus.DELETED
                    ? new Text("Deleted: " + ob.paraphrase().en(), "Supprimé : " + ob.paraphrase().fr())
                    : a.conditional() ? new Text("Condition not met: " + a.describeConditions(),
                            "Condition non remplie : " + a.describeConditions()) : null;
        }
        Run run = new Run(dictionary, notMet, facts, asOf, evidenceCutoff);
        // Node-major: each node's facts are read for every obligation of its kind while they are in cache.
        for (NodeKind kind : NodeKind.values()) {
            int[] obs = run.obligationsOf(kind);
            if (obs.length == 0) {
                continue;
            }
            // the obligations whose shape (kind, role, relation) a node has, worked out once per shape
            int relations = PartnerRelation.values().length;
            int[][] byShape = new int[(PartnerRole.values().length + 1) * relations][];
            for (FactNode node : facts.nodes(kind)) {
                int shape = (node.role().isPresent() ? node.role().get().ordinal() + 1 : 0) * relations
                        + node.relation().ordinal();
                int[] matching = byShape[shape];
                if (matching == null) {
                    matching = IntStream.of(obs).filter(i -> run.deleted[i]
                            || dictionary[i].appliesTo().matchesShape(node)).toArray();
                    byShape[shape] = matching;
                }
                run.node(node, matching);
            }
        }
        Map<String, Coverage> byObligation = new HashMap<>();
        for (int i = 0; i < dictionary.length; i++) {
            if (IntStream.of(run.obligationCounts[i]).sum() > 0) {
                byObligation.put(dictionary[i].id(), coverage(run.obligationCounts[i]));
            }
        }
        Map<Integer, Coverage> byTier = new HashMap<>();
        run.tierCounts().forEach((k, v) -> byTier.put(k, coverage(v)));
        Coverage overall = coverage(run.overallCounts());
        boolean invalid = !options.structurallyValid()
                || options.structuralFindings().stream().map(Finding::severity).anyMatch(s -> s == Severity.ERROR);
        Verdict verdict = invalid ? Verdict.INVALID_INPUT : run.gap() ? Verdict.INCOMPLETE : Verdict.COMPLETE;
        Map<String, RuleSet> sets = new HashMap<>();
        selected.forEach(rs -> sets.put(rs.id(), rs));
        return new CompletenessReport(chain.reportingCompany().entityId(), asOf, verdict, selected, scope,
                run.findings.freeze(sets), byObligation, byTier, overall, graph);
    }

    private static Coverage coverage(int[] c) {
        int disclosed = c[DisclosureStatus.DISCLOSED.ordinal()];
        int partly = c[DisclosureStatus.PARTLY_DISCLOSED.ordinal()];
        int stale = c[DisclosureStatus.STALE.ordinal()];
        int missing = c[DisclosureStatus.MISSING.ordinal()];
        return new Coverage(disclosed + partly + stale + missing, disclosed, partly, stale, missing);
    }

    static List<RuleSet> select(Rulebook rulebook, ScopeAssessment scope, CompletenessOptions options) {
        if (options.ruleSets().isPresent()) {
            Set<String> wanted = options.ruleSets().get();
            for (String id : wanted) {
                if (rulebook.ruleSet(id).isEmpty()) {
                    throw new IllegalArgumentException("unknown rule set '" + id + "'");
                }
            }
            return rulebook.ruleSets().stream().filter(rs -> wanted.contains(rs.id())).toList();
        }
        return rulebook.ruleSets().stream()
                .filter(rs -> rs.status() != LegalStatus.SUPERSEDED)
                .filter(rs -> rs.regime() == Regime.OTHER || scope.status(rs.regime()) != ScopeStatus.DOES_NOT_APPLY)
                .toList();
    }

    /** Evidence names fields relative to its subject ({@code pay}, {@code conditions.hoursPerWeek}) or by fact key. */
    static boolean covers(Evidence e, FactPath path) {
        if (e.fields().isEmpty()) {
            return true;
        }
        String rel = path.relative();
        for (String f : e.fields()) {
            if (f.equals(rel) || f.equals(path.key())
                    || rel.length() > f.length() && rel.charAt(f.length()) == '.' && rel.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One check under way: the compiled obligations, what has been read of the current node, the findings and
     * the coverage counts. Every distinct fact key is read once per node (obligations of several rule sets
     * often need the same fact, e.g. {@code partner.assessment.date}), every distinct applicability decided
     * once per node, and only counts are kept of what a key gives, so checking a node allocates nothing
     * unless a fact is partly disclosed, stale or an applicability undecided.
     */
    private static final class Run {
        private static final int STATUSES = DisclosureStatus.values().length;
        private static final int UNREAD = 0;
        private static final int NO_EVIDENCE = 1;

        final FindingTable findings;
        final int[][] obligationCounts;
        /** Counts per tier + 1 (index 0: entities not connected to the company). */
        private int[][] byTier = new int[8][];

        private final Obligation[] dictionary;
        private final ChainFacts facts;
        private final LocalDate asOf;
        private final LocalDate evidenceCutoff;
        /** Per obligation: ids of its required facts' keys, their paths, and the date before which each is stale. */
        private final int[][] factIds;
        /** Per obligation: the finding table's index of each required fact's key. */
        private final int[][] fieldIds;
        private final FactPath[][] paths;
        private final LocalDate[][] staleBefore;
        private final int[][] maxAge;
        /** Per obligation: id of its applicability among the distinct ones. */
        private final int[] applicabilityIds;
        private final Applicability[] applicabilities;
        final boolean[] deleted;

        // per node, valid when the stamp is the node's
        private int stamp;
        private final int[] factStamps;
        private final int[] disclosed;
        private final int[] undisclosed;
        private final LocalDate[] latest;
        /** Per fact key: UNREAD, NO_EVIDENCE, or 2 + the index of the newest covering evidence. */
        private final int[] evidenceState;
        private final int[] applicabilityStamps;
        private final Applicability.Result[] results;
        private final FactTally tally = new FactTally();
        private FactNode node;
        private List<Evidence> evidence;
        private int[] tierCount;

        Run(Obligation[] dictionary, Text[] notMet, ChainFacts facts, LocalDate asOf, LocalDate evidenceCutoff) {
            this.dictionary = dictionary;
            this.facts = facts;
            this.asOf = asOf;
            this.evidenceCutoff = evidenceCutoff;
            NodeKind[] kinds = new NodeKind[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                kinds[i] = dictionary[i].status() == LegalStatus.DELETED ? NodeKind.COMPANY
                        : dictionary[i].appliesTo().node();
            }
            this.findings = new FindingTable(dictionary, kinds, notMet, facts);
            this.obligationCounts = new int[dictionary.length][STATUSES];
            Map<String, Integer> keys = new HashMap<>();
            Map<Applicability, Integer> shapes = new HashMap<>();
            List<Applicability> distinct = new ArrayList<>();
            factIds = new int[dictionary.length][];
            fieldIds = new int[dictionary.length][];
            paths = new FactPath[dictionary.length][];
            staleBefore = new LocalDate[dictionary.length][];
            maxAge = new int[dictionary.length][];
            applicabilityIds = new int[dictionary.length];
            deleted = new boolean[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                Obligation ob = dictionary[i];
                deleted[i] = ob.status() == LegalStatus.DELETED;
                List<RequiredFact> required = ob.requiredFacts();
                factIds[i] = new int[required.size()];
                fieldIds[i] = new int[required.size()];
                paths[i] = new FactPath[required.size()];
                staleBefore[i] = new LocalDate[required.size()];
                maxAge[i] = new int[required.size()];
                for (int k = 0; k < required.size(); k++) {
                    RequiredFact rf = required.get(k);
                    factIds[i][k] = keys.computeIfAbsent(rf.key(), x -> keys.size());
                    fieldIds[i][k] = findings.fieldId(rf.key());
                    paths[i][k] = rf.path();
                    maxAge[i][k] = rf.maxAgeMonths().orElse(-1);
                    staleBefore[i][k] = rf.maxAgeMonths().isPresent()
                            ? asOf.minusMonths(rf.maxAgeMonths().getAsInt()) : null;
                }
                applicabilityIds[i] = shapes.computeIfAbsent(ob.appliesTo(), a -> {
                    distinct.add(a);
                    return distinct.size() - 1;
                });
            }
            applicabilities = distinct.toArray(Applicability[]::new);
            applicabilityStamps = new int[applicabilities.length];
            results = new Applicability.Result[applicabilities.length];
            factStamps = new int[keys.size()];
            disclosed = new int[keys.size()];
            undisclosed = new int[keys.size()];
            latest = new LocalDate[keys.size()];
            evidenceState = new int[keys.size()];
        }

        /** The obligations checked on nodes of a kind, in dictionary order (deleted ones on the company). */
        int[] obligationsOf(NodeKind kind) {
            return IntStream.range(0, dictionary.length)
                    .filter(i -> (deleted[i] ? NodeKind.COMPANY : dictionary[i].appliesTo().node()) == kind)
                    .toArray();
        }

        void node(FactNode n, int[] obs) {
            stamp++;
            node = n;
            evidence = facts.evidenceFor(n);
            tierCount = null;
            for (int i : obs) {
                evaluate(i);
            }
        }

        private void count(int ob, DisclosureStatus status) {
            int s = status.ordinal();
            obligationCounts[ob][s]++;
            if (status != DisclosureStatus.NOT_APPLICABLE) {
                if (tierCount == null) {
                    tierCount = tierCounts(node.tier().orElse(-1));
                }
                tierCount[s]++;
            }
        }

        /** The counts of a tier ({@code -1}: not connected), made when the tier first has an applicable finding. */
        private int[] tierCounts(int tier) {
            if (tier + 1 >= byTier.length) {
                byTier = java.util.Arrays.copyOf(byTier, Math.max(tier + 2, byTier.length * 2));
            }
            int[] c = byTier[tier + 1];
            if (c == null) {
                c = new int[STATUSES];
                byTier[tier + 1] = c;
            }
            return c;
        }

        /** Counts per tier, by tier. */
        Map<Integer, int[]> tierCounts() {
            Map<Integer, int[]> out = new HashMap<>();
            for (int i = 0; i < byTier.length; i++) {
                if (byTier[i] != null) {
                    out.put(i - 1, byTier[i]);
                }
            }
            return out;
        }

        /** Counts over all obligations. */
        int[] overallCounts() {
            int[] out = new int[STATUSES];
            for (int[] c : obligationCounts) {
                for (int s = 0; s < STATUSES; s++) {
                    out[s] += c[s];
                }
            }
            return out;
        }

        /** Whether some finding asks for more information. */
        boolean gap() {
            int[] all = overallCounts();
            for (DisclosureStatus s : DisclosureStatus.values()) {
                if (s.gap() && all[s.ordinal()] > 0) {
                    return true;
                }
            }
            return false;
        }

        private void evaluate(int ob) {
            if (deleted[ob]) {
                findings.notApplicable(ob, node);
                count(ob, DisclosureStatus.NOT_APPLICABLE);
                return;
            }
            Applicability.Result result = applicability(applicabilityIds[ob]);
            if (result.truth() == Truth.FALSE) {
                findings.notApplicable(ob, node);
                count(ob, DisclosureStatus.NOT_APPLICABLE);
                return;
            }
            int[] ids = factIds[ob];
            FactPath[] ps = paths[ob];
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (factStamps[id] != stamp) {
                    factStamps[id] = stamp;
                    ps[k].tally(node, facts, tally);
                    disclosed[id] = tally.disclosed();
                    undisclosed[id] = tally.undisclosed();
                    latest[id] = tally.latestDate();
                    evidenceState[id] = UNREAD;
                }
                fact(ob, ps[k], fieldIds[ob][k], disclosed[id], undisclosed[id], latest[id], maxAge[ob][k],
                        staleBefore[ob][k], false, id);
            }
            List<FactPath> undecided = result.undecided();
            for (int u = 0; u < undecided.size(); u++) {
                FactPath path = undecided.get(u);
                if (seen(path, ps, undecided, u)) {
                    continue;
                }
                path.tally(node, facts, tally);
                fact(ob, path, findings.fieldId(path.key()), tally.disclosed(), tally.undisclosed(), tally.latestDate(),
                        -1, null, true, -1);
            }
        }

        /** Whether a fact deciding applicability is already among the required facts or earlier undecided ones. */
        private static boolean seen(FactPath path, FactPath[] required, List<FactPath> undecided, int before) {
            for (FactPath p : required) {
                if (p.equals(path)) {
                    return true;
                }
            }
            for (int i = 0; i < before; i++) {
                if (undecided.get(i).equals(path)) {
                    return true;
                }
            }
            return false;
        }

        private Applicability.Result applicability(int id) {
            if (applicabilityStamps[id] != stamp) {
                applicabilityStamps[id] = stamp;
                results[id] = applicabilities[id].test(node, facts, tally);
            }
            return results[id];
        }

        private void fact(int ob, FactPath path, int field, int shown, int hidden, LocalDate newestDate, int months,
                LocalDate cutoff, boolean deciding, int id) {
            if (shown == 0) {
                findings.add(ob, node, field, DisclosureStatus.MISSING, deciding);
                count(ob, DisclosureStatus.MISSING);
                return;
            }
            if (hidden > 0) {
                findings.add(ob, node, field, DisclosureStatus.PARTLY_DISCLOSED, new Partly(shown, shown + hidden,
                        deciding));
                count(ob, DisclosureStatus.PARTLY_DISCLOSED);
                return;
            }
            if (cutoff != null && newestDate != null && newestDate.isBefore(cutoff)) {
                findings.add(ob, node, field, DisclosureStatus.STALE, new StaleDate(newestDate, months, asOf));
                count(ob, DisclosureStatus.STALE);
                return;
            }
            if (path.ownField() && !evidence.isEmpty()) {
                Evidence newest = newestEvidence(path, id);
                if (newest != null && newest.date().isBefore(evidenceCutoff)) {
                    findings.add(ob, node, field, DisclosureStatus.STALE, new StaleEvidence(newest, evidenceCutoff));
                    count(ob, DisclosureStatus.STALE);
                    return;
                }
            }
            findings.add(ob, node, field, DisclosureStatus.DISCLOSED, false);
            count(ob, DisclosureStatus.DISCLOSED);
        }

        /** The newest evidence of the node that covers the fact, remembered per fact key for the node. */
        private Evidence newestEvidence(FactPath path, int id) {
            if (id >= 0 && evidenceState[id] != UNREAD) {
                return evidenceState[id] == NO_EVIDENCE ? null : evidence.get(evidenceState[id] - 2);
            }
            int newest = -1;
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                if (covers(e, path) && (newest < 0 || e.date().isAfter(evidence.get(newest).date()))) {
                    newest = i;
                }
            }
            if (id >= 0) {
                evidenceState[id] = newest < 0 ? NO_EVIDENCE : newest + 2;
            }
            return newest < 0 ? null : evidence.get(newest);
        }
    }

    /** "Disclosed for 2 of 3", written when read. */
    private record Partly(int shown, int of, boolean deciding) implements FindingTable.Detail {
        @Override
        public Text text() {
            String why = deciding ? " (needed to decide whether the obligation applies)" : "";
            String pourquoi = deciding ? " (nécessaire pour décider si l'obligation s'applique)" : "";
            return new Text("Disclosed for " + shown + " of " + of + why,
                    "Publié pour " + shown + " sur " + of + pourquoi);
        }
    }

    /** A date fact older than the obligation allows, written when read. */
    private record StaleDate(LocalDate latest, int months, LocalDate asOf) implements FindingTable.Detail {
        @Override
        public Text text() {
            return new Text(latest + " is more than " + months + " months before " + asOf,
                    latest + " date de plus de " + months + " mois avant le " + asOf);
        }
    }

    /** Evidence older than the maximum age, written when read. */
    private record StaleEvidence(Evidence newest, LocalDate cutoff) implements FindingTable.Detail {
        @Override
        public Text text() {
            return new Text("Latest evidence " + newest.id() + " dated " + newest.date() + " is older than " + cutoff,
                    "La preuve la plus récente " + newest.id() + " du " + newest.date() + " est antérieure au "
                            + cutoff);
        }
    }
}
