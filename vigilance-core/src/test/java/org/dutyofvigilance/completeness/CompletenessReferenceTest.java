package org.dutyofvigilance.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.rules.Applicability;
import org.dutyofvigilance.rules.ChainFacts;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.FactPath;
import org.dutyofvigilance.rules.FactTally;
import org.dutyofvigilance.rules.FactValues;
import org.dutyofvigilance.rules.LegalStatus;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Obligation;
import org.dutyofvigilance.rules.RequiredFact;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.rules.Text;
import org.dutyofvigilance.rules.Truth;
import org.dutyofvigilance.scope.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimised check (counts instead of collected values, decisions shared per node, findings kept in
 * columns) against a plain reference written from the documented rules with the public, collecting API
 * ({@link FactPath#resolve}, {@link Obligation#applicability}): the same findings, details, coverage and
 * verdict, on every example chain and on a generated chain, under several options.
 */
class CompletenessReferenceTest {
    private static final Rulebook RULES = Rulebook.shipped();

    static Stream<ChainOfActivities> chains() throws IOException {
        List<ChainOfActivities> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestChains.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(ChainJson.read(Files.readString(f), f.getFileName().toString()));
            }
        }
        out.add(CompletenessPerformanceTest.large(700)); // generated: thousands of findings, conditions both ways
        return out.stream();
    }

    static List<CompletenessOptions> variants() {
        String[] all = RULES.ruleSets().stream().map(RuleSet::id).toArray(String[]::new);
        return List.of(CompletenessOptions.defaults(),
                CompletenessOptions.defaults().withRuleSets(all).withMaxEvidenceAgeMonths(6),
                CompletenessOptions.defaults().withAsOf(LocalDate.of(2030, 1, 1)),
                CompletenessOptions.defaults().withRuleSets(all).withAsOf(LocalDate.of(2020, 6, 30)));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void findingsCoverageAndVerdictMatchTheReference(ChainOfActivities chain) {
        for (CompletenessOptions options : variants()) {
            CompletenessReport fast = Completeness.check(chain, ChainGraph.of(chain), RULES, options);
            Reference ref = new Reference(chain, options);
            assertEquals(ref.findings.size(), fast.findings().size());
            for (int i = 0; i < ref.findings.size(); i++) {
                assertEquals(ref.findings.get(i), fast.findings().get(i), "finding " + i);
            }
            assertEquals(ref.coverage(f -> f.ruleId()), fast.byObligation());
            assertEquals(ref.coverage(f -> f.tier().orElse(-1)), fast.byTier());
            assertEquals(ref.coverage(f -> "all").get("all"), fast.overall());
            assertEquals(ref.findings.stream().filter(f -> f.status().gap()).toList(), fast.gaps());
            boolean gap = ref.findings.stream().anyMatch(f -> f.status().gap());
            assertEquals(gap ? Verdict.INCOMPLETE : Verdict.COMPLETE, fast.verdict());
            assertEquals(CompletenessJson.write(Completeness.check(chain, RULES, options)),
                    CompletenessJson.write(fast));
        }
    }

    @ParameterizedTest
    @MethodSource("chains")
    void talliesCountWhatResolveCollects(ChainOfActivities chain) {
        ChainFacts facts = ChainFacts.of(chain);
        FactTally tally = new FactTally();
        int checked = 0;
        for (RuleSet rs : RULES.ruleSets()) {
            for (Obligation ob : rs.obligations()) {
                for (FactNode node : facts.nodes(ob.appliesTo().node())) {
                    for (RequiredFact rf : ob.requiredFacts()) {
                        FactValues values = rf.path().resolve(node, facts);
                        rf.path().tally(node, facts, tally);
                        assertEquals(values.disclosed().size(), tally.disclosed(), rf.key());
                        assertEquals(values.undisclosed(), tally.undisclosed(), rf.key());
                        assertEquals(latest(values), tally.latestDate(), rf.key());
                        checked++;
                    }
                    assertEquals(ob.applicability(node, facts),
                            ob.appliesTo().matchesShape(node) ? ob.appliesTo().test(node, facts, tally)
                                    : ob.applicability(node, facts), ob.id());
                }
            }
        }
        assertTrue(checked > 0);
        assertEquals(Scope.assess(chain), Scope.assess(facts));
    }

    private static LocalDate latest(FactValues values) {
        LocalDate latest = null;
        for (Object v : values.disclosed()) {
            if (v instanceof LocalDate d && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }

    /** The check as documented, node by node, collecting every value: slow and plain. */
    private static final class Reference {
        final List<DisclosureFinding> findings = new ArrayList<>();
        private final ChainFacts facts;
        private final LocalDate asOf;
        private final LocalDate evidenceCutoff;
        private final Map<String, RuleSet> sets = new TreeMap<>();

        Reference(ChainOfActivities chain, CompletenessOptions options) {
            facts = ChainFacts.of(chain);
            asOf = options.asOf().orElse(chain.reportingPeriod().end());
            evidenceCutoff = asOf.minusMonths(options.maxEvidenceAgeMonths());
            List<RuleSet> selected = Completeness.select(RULES, Scope.assess(chain), options);
            selected.forEach(rs -> sets.put(rs.id(), rs));
            List<Obligation> all = selected.stream().flatMap(rs -> rs.obligations().stream()).toList();
            for (NodeKind kind : NodeKind.values()) {
                for (FactNode node : facts.nodes(kind)) {
                    for (Obligation ob : all) {
                        boolean deleted = ob.status() == LegalStatus.DELETED;
                        if ((deleted ? NodeKind.COMPANY : ob.appliesTo().node()) == kind) {
                            evaluate(ob, node, deleted);
                        }
                    }
                }
            }
            assertFalse(findings.isEmpty());
        }

        private void evaluate(Obligation ob, FactNode node, boolean deleted) {
            Applicability a = ob.appliesTo();
            if (deleted) {
                add(ob, node, "", DisclosureStatus.NOT_APPLICABLE,
                        new Text("Deleted: " + ob.paraphrase().en(), "Supprimé : " + ob.paraphrase().fr()));
                return;
            }
            if (!a.matchesShape(node)) {
                return;
            }
            Applicability.Result result = ob.applicability(node, facts);
            if (result.truth() == Truth.FALSE) {
                add(ob, node, "", DisclosureStatus.NOT_APPLICABLE, new Text("Condition not met: "
                        + a.describeConditions(), "Condition non remplie : " + a.describeConditions()));
                return;
            }
            Set<FactPath> seen = new LinkedHashSet<>();
            for (RequiredFact rf : ob.requiredFacts()) {
                seen.add(rf.path());
                fact(ob, node, rf.path(), rf.maxAgeMonths(), false);
            }
            for (FactPath undecided : result.undecided()) {
                if (seen.add(undecided)) {
                    fact(ob, node, undecided, OptionalInt.empty(), true);
                }
            }
        }

        private void fact(Obligation ob, FactNode node, FactPath path, OptionalInt maxAge, boolean deciding) {
            FactValues values = path.resolve(node, facts);
            String why = deciding ? " (needed to decide whether the obligation applies)" : "";
            String pourquoi = deciding ? " (nécessaire pour décider si l'obligation s'applique)" : "";
            if (values.nothingDisclosed()) {
                add(ob, node, path.key(), DisclosureStatus.MISSING,
                        new Text("Not disclosed" + why, "Non publié" + pourquoi));
                return;
            }
            if (!values.fullyDisclosed()) {
                int n = values.disclosed().size() + values.undisclosed();
                add(ob, node, path.key(), DisclosureStatus.PARTLY_DISCLOSED,
                        new Text("Disclosed for " + values.disclosed().size() + " of " + n + why,
                                "Publié pour " + values.disclosed().size() + " sur " + n + pourquoi));
                return;
            }
            LocalDate latest = latest(values);
            if (maxAge.isPresent() && latest != null && latest.isBefore(asOf.minusMonths(maxAge.getAsInt()))) {
                add(ob, node, path.key(), DisclosureStatus.STALE,
                        new Text(latest + " is more than " + maxAge.getAsInt() + " months before " + asOf,
                                latest + " date de plus de " + maxAge.getAsInt() + " mois avant le " + asOf));
                return;
            }
            if (path.ownField()) {
                Evidence newest = null;
                for (Evidence e : facts.evidenceFor(node.id())) {
                    if (Completeness.covers(e, path) && (newest == null || e.date().isAfter(newest.date()))) {
                        newest = e;
                    }
                }
                if (newest != null && newest.date().isBefore(evidenceCutoff)) {
                    add(ob, node, path.key(), DisclosureStatus.STALE,
                            new Text("Latest evidence " + newest.id() + " dated " + newest.date()
                                    + " is older than " + evidenceCutoff, "La preuve la plus récente " + newest.id()
                                            + " du " + newest.date() + " est antérieure au " + evidenceCutoff));
                    return;
                }
            }
            add(ob, node, path.key(), DisclosureStatus.DISCLOSED, new Text("Disclosed", "Publié"));
        }

        private void add(Obligation ob, FactNode node, String field, DisclosureStatus status, Text detail) {
            RuleSet rs = sets.get(ob.ruleSetId());
            findings.add(new DisclosureFinding(ob.id(), rs.id(), rs.version(), rs.regime(), ob.citation(),
                    ob.severity(), node.kind(), node.id(), node.entityId(), node.tier(), field, status, detail));
        }

        <K extends Comparable<K>> Map<K, Coverage> coverage(java.util.function.Function<DisclosureFinding, K> key) {
            Map<K, int[]> counts = new TreeMap<>();
            for (DisclosureFinding f : findings) {
                if (f.status() != DisclosureStatus.NOT_APPLICABLE || key.apply(f) instanceof String s
                        && !s.equals("all")) {
                    counts.computeIfAbsent(key.apply(f), k -> new int[DisclosureStatus.values().length])
                            [f.status().ordinal()]++;
                }
            }
            Map<K, Coverage> out = new TreeMap<>();
            counts.forEach((k, c) -> out.put(k, new Coverage(c[0] + c[1] + c[2] + c[4], c[0], c[1], c[4], c[2])));
            return out;
        }
    }
}
