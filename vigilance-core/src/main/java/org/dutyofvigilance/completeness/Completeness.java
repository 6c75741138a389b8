package org.dutyofvigilance.completeness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.rules.Applicability;
import org.dutyofvigilance.rules.ChainFacts;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.FactPath;
import org.dutyofvigilance.rules.FactValues;
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
    private static final Text DISCLOSED = new Text("Disclosed", "Publié");
    private static final Text MISSING = new Text("Not disclosed", "Non publié");
    private static final Text MISSING_DECIDING = new Text(
            "Not disclosed (needed to decide whether the obligation applies)",
            "Non publié (nécessaire pour décider si l'obligation s'applique)");

    private Completeness() {
    }

    /** Checks a chain against the shipped rulebook with default options. */
    public static CompletenessReport check(ChainOfActivities chain) {
        return check(chain, Rulebook.shipped(), CompletenessOptions.defaults());
    }

    /** Checks a chain against a rulebook. */
    public static CompletenessReport check(ChainOfActivities chain, Rulebook rulebook, CompletenessOptions options) {
        ScopeAssessment scope = Scope.assess(chain);
        List<RuleSet> selected = select(rulebook, scope, options);
        ChainFacts facts = ChainFacts.of(chain);
        LocalDate asOf = options.asOf().orElse(chain.reportingPeriod().end());
        LocalDate evidenceCutoff = asOf.minusMonths(options.maxEvidenceAgeMonths());
        List<Obligation> all = new ArrayList<>();
        for (RuleSet rs : selected) {
            all.addAll(rs.obligations());
        }
        Obligation[] dictionary = all.toArray(Obligation[]::new);
        // Node-major: each node's facts are read for every obligation of its kind while they are in cache.
        Map<NodeKind, List<Integer>> byKind = new EnumMap<>(NodeKind.class);
        Text[] notMet = new Text[dictionary.length];
        long expected = 0;
        for (int i = 0; i < dictionary.length; i++) {
            Obligation ob = dictionary[i];
            NodeKind kind = ob.status() == LegalStatus.DELETED ? NodeKind.COMPANY : ob.appliesTo().node();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
            Applicability a = ob.appliesTo();
            notMet[i] = ob.status() == LegalStatus.DELETED
                    ? new Text("Deleted: " + ob.paraphrase().en(), "Supprimé : " + ob.paraphrase().fr())
                    : a.conditional() ? new Text("Condition not met: " + a.describeConditions(),
                            "Condition non remplie : " + a.describeConditions()) : null;
            expected += (long) facts.nodes(kind).size() * Math.max(1, ob.requiredFacts().size());
        }
        FindingTable findings = new FindingTable(dictionary, (int) Math.min(expected + 16, Integer.MAX_VALUE - 16));
        Memo memo = new Memo(dictionary);
        for (Map.Entry<NodeKind, List<Integer>> e : byKind.entrySet()) {
            int[] obs = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            for (FactNode node : facts.nodes(e.getKey())) {
                memo.next();
                List<Evidence> evidence = facts.evidenceFor(node);
                for (int i : obs) {
                    evaluate(i, dictionary[i], notMet[i], node, facts, asOf, evidenceCutoff, evidence, findings, memo);
                }
            }
        }
        int statuses = DisclosureStatus.values().length;
        int[][] obligationCounts = new int[dictionary.length][statuses];
        Map<Integer, int[]> tierCounts = new HashMap<>();
        int[] overallCounts = new int[statuses];
        FactNode lastNode = null;
        int[] tierCount = null;
        boolean gap = false;
        for (int i = 0; i < findings.size(); i++) {
            DisclosureStatus status = findings.status(i);
            int s = status.ordinal();
            gap |= status.gap();
            obligationCounts[findings.obligationIndex(i)][s]++;
            if (status != DisclosureStatus.NOT_APPLICABLE) {
                FactNode node = findings.node(i);
                if (node != lastNode) {
                    lastNode = node;
                    tierCount = tierCounts.computeIfAbsent(node.tier().orElse(-1), k -> new int[statuses]);
                }
                tierCount[s]++;
            }
            overallCounts[s]++;
        }
        Map<String, Coverage> byObligation = new HashMap<>();
        for (int i = 0; i < dictionary.length; i++) {
            if (IntStream.of(obligationCounts[i]).sum() > 0) {
                byObligation.put(dictionary[i].id(), coverage(obligationCounts[i]));
            }
        }
        Map<Integer, Coverage> byTier = new HashMap<>();
        tierCounts.forEach((k, v) -> byTier.put(k, coverage(v)));
        Coverage overall = coverage(overallCounts);
        boolean invalid = !options.structurallyValid()
                || options.structuralFindings().stream().map(Finding::severity).anyMatch(s -> s == Severity.ERROR);
        Verdict verdict = invalid ? Verdict.INVALID_INPUT : gap ? Verdict.INCOMPLETE : Verdict.COMPLETE;
        Map<String, RuleSet> sets = new HashMap<>();
        selected.forEach(rs -> sets.put(rs.id(), rs));
        return new CompletenessReport(chain.reportingCompany().entityId(), asOf, verdict, selected, scope,
                findings.freeze(sets), byObligation, byTier, overall);
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

    private static void evaluate(int index, Obligation ob, Text notMet, FactNode node, ChainFacts facts, LocalDate asOf,
            LocalDate evidenceCutoff, List<Evidence> evidence, FindingTable out, Memo memo) {
        if (ob.status() == LegalStatus.DELETED) {
            out.add(index, node, "", DisclosureStatus.NOT_APPLICABLE, notMet);
            return;
        }
        Applicability applies = ob.appliesTo();
        if (!applies.matchesShape(node)) {
            return;
        }
        Applicability.Result result = applies.test(node, facts);
        if (result.truth() == Truth.FALSE) {
            out.add(index, node, "", DisclosureStatus.NOT_APPLICABLE, notMet);
            return;
        }
        List<RequiredFact> required = ob.requiredFacts();
        int[] ids = memo.ids[index];
        for (int k = 0; k < required.size(); k++) {
            RequiredFact rf = required.get(k);
            FactValues values = memo.values(ids[k], rf.path(), node, facts);
            fact(out, index, node, values, rf.path(), rf.maxAgeMonths(), asOf, evidenceCutoff, false, evidence);
        }
        if (!result.undecided().isEmpty()) {
            Set<FactPath> seen = new LinkedHashSet<>();
            ob.requiredFacts().forEach(rf -> seen.add(rf.path()));
            for (FactPath undecided : result.undecided()) {
                if (seen.add(undecided)) {
                    fact(out, index, node, undecided.resolve(node, facts), undecided, OptionalInt.empty(), asOf,
                            evidenceCutoff, true, evidence);
                }
            }
        }
    }

    private static void fact(FindingTable out, int ob, FactNode node, FactValues values, FactPath path,
            OptionalInt maxAge, LocalDate asOf, LocalDate evidenceCutoff, boolean decidesApplicability,
            List<Evidence> evidence) {
        if (values.nothingDisclosed()) {
            out.add(ob, node, path.key(), DisclosureStatus.MISSING,
                    decidesApplicability ? MISSING_DECIDING : MISSING);
            return;
        }
        String why = decidesApplicability ? " (needed to decide whether the obligation applies)" : "";
        String pourquoi = decidesApplicability ? " (nécessaire pour décider si l'obligation s'applique)" : "";
        if (!values.fullyDisclosed()) {
            int n = values.disclosed().size() + values.undisclosed();
            out.add(ob, node, path.key(), DisclosureStatus.PARTLY_DISCLOSED,
                    new Text("Disclosed for " + values.disclosed().size() + " of " + n + why,
                            "Publié pour " + values.disclosed().size() + " sur " + n + pourquoi));
            return;
        }
        if (maxAge.isPresent()) {
            LocalDate cutoff = asOf.minusMonths(maxAge.getAsInt());
            LocalDate latest = null;
            for (Object v : values.disclosed()) {
                if (v instanceof LocalDate d && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            if (latest != null && latest.isBefore(cutoff)) {
                out.add(ob, node, path.key(), DisclosureStatus.STALE,
                        new Text(latest + " is more than " + maxAge.getAsInt() + " months before " + asOf,
                                latest + " date de plus de " + maxAge.getAsInt() + " mois avant le " + asOf));
                return;
            }
        }
        if (path.ownField() && !evidence.isEmpty()) {
            Evidence newest = null;
            for (Evidence e : evidence) {
                if (covers(e, path) && (newest == null || e.date().isAfter(newest.date()))) {
                    newest = e;
                }
            }
            if (newest != null && newest.date().isBefore(evidenceCutoff)) {
                out.add(ob, node, path.key(), DisclosureStatus.STALE,
                        new Text("Latest evidence " + newest.id() + " dated " + newest.date() + " is older than "
                                + evidenceCutoff, "La preuve la plus récente " + newest.id() + " du " + newest.date()
                                + " est antérieure au " + evidenceCutoff));
                return;
            }
        }
        out.add(ob, node, path.key(), DisclosureStatus.DISCLOSED, DISCLOSED);
    }

    /** Evidence names fields relative to its subject ({@code pay}, {@code conditions.hoursPerWeek}) or by fact key. */
    static boolean covers(Evidence e, FactPath path) {
        if (e.fields().isEmpty()) {
            return true;
        }
        String rel = path.relative();
        for (String f : e.fields()) {
            if (f.equals(rel) || f.equals(path.key()) || rel.startsWith(f + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of each distinct fact key for the node being checked: obligations of several rule sets often
     * need the same fact (e.g. {@code partner.assessment.date}), which is then read once per node.
     */
    private static final class Memo {
        final int[][] ids;
        private final FactValues[] values;
        private final int[] stamps;
        private int stamp;

        Memo(Obligation[] dictionary) {
            Map<String, Integer> keys = new HashMap<>();
            ids = new int[dictionary.length][];
            for (int i = 0; i < dictionary.length; i++) {
                List<RequiredFact> required = dictionary[i].requiredFacts();
                ids[i] = new int[required.size()];
                for (int k = 0; k < required.size(); k++) {
                    ids[i][k] = keys.computeIfAbsent(required.get(k).key(), x -> keys.size());
                }
            }
            values = new FactValues[keys.size()];
            stamps = new int[keys.size()];
        }

        void next() {
            stamp++;
        }

        FactValues values(int id, FactPath path, FactNode node, ChainFacts facts) {
            if (stamps[id] != stamp) {
                stamps[id] = stamp;
                values[id] = path.resolve(node, facts);
            }
            return values[id];
        }
    }
}
