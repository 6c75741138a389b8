package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * The risk map as it was computed before {@link RiskMapper} was rewritten for speed: plain maps and lists, kept
 * as the reference {@link RiskMapperAgreesTest} compares the fast mapper with.
 */
final class RiskMapperReference {
    private final ChainGraph graph;
    private final RiskRules rules;
    private final MathContext mc;
    private static final RiskRules.CategoryRule DEFAULT_CATEGORY = new RiskRules.CategoryRule(1, 1, 0, Optional.empty());
    private final Map<String, WorkforceSegment> segments = new HashMap<>();

    private final IndicatorEngine engine;
    private Entries rows;

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    RiskMapperReference(IndicatorEngine engine, ChainOfActivities chain, ChainGraph graph, RiskRules rules, MathContext mc) {
        this.engine = engine;
        this.graph = graph;
        this.rules = rules;
        this.mc = mc;
        for (WorkforceSegment s : chain.workforceSegments()) {
            segments.putIfAbsent(s.id(), s);
        }
    }

    /**
     * The risk map of the indicators of a report, from their compact entries in the order they were computed
     * (those of one entity mostly together, so the entity is looked up once per run, not once per indicator);
     * each entity's entries are then put back in id order ({@link Entry#pos}).
     */
    List<Risk> map(Entries rows, List<Incident> incidents) {
        this.rows = rows;
        Map<String, List<Integer>> byEntity = new HashMap<>();
        java.util.IdentityHashMap<String, Boolean> relevant = new java.util.IdentityHashMap<>();
        String lastEntity = null;
        List<Integer> last = null;
        for (int i = 0, size = rows.size(); i < size; i++) {
            String entity = rows.entity(i);
            if (entity == null) {
                continue;
            }
            String code = rows.code(i);
            Boolean r = relevant.get(code);
            if (r == null) {
                // only drivers and opacity codes can make or change a risk
                r = rules.drivers().containsKey(code) || rules.opacityCodes().contains(code);
                relevant.put(code, r);
            }
            if (!r) {
                continue;
            }
            if (entity != lastEntity) {
                lastEntity = entity;
                last = byEntity.computeIfAbsent(entity, x -> new ArrayList<>());
            }
            last.add(i);
        }
        for (List<Integer> list : byEntity.values()) {
            sortByPosition(list);
        }
        Map<String, List<Incident>> incidentsAt = new HashMap<>();
        for (Incident i : incidents) {
            incidentsAt.computeIfAbsent(i.entity(), x -> new ArrayList<>()).add(i);
            byEntity.computeIfAbsent(i.entity(), x -> new ArrayList<>());
        }
        String[] entities = byEntity.keySet().toArray(String[]::new);
        java.util.Arrays.sort(entities);
        List<Risk> risks = new ArrayList<>();
        for (String entity : entities) {
            risksAt(entity, byEntity.get(entity), incidentsAt.getOrDefault(entity, List.of()), risks);
        }
        risks.sort(Comparator.comparing(Risk::priority, Comparator.reverseOrder())
                .thenComparing(r -> r.severity().score(), Comparator.reverseOrder())
                .thenComparing(Risk::occurrence)
                .thenComparing(Risk::entity)
                .thenComparing(Risk::category));
        List<Risk> ranked = new ArrayList<>(risks.size());
        for (int i = 0; i < risks.size(); i++) {
            Risk r = risks.get(i);
            ranked.add(withRank(r, i + 1));
        }
        return List.copyOf(ranked);
    }

    /** Puts entries back in id order: by their place in the sorted list, compared as primitives. */
    private void sortByPosition(List<Integer> list) {
        int n = list.size();
        boolean ordered = true;
        for (int i = 1; i < n && ordered; i++) {
            ordered = rows.pos(list.get(i - 1)) < rows.pos(list.get(i));
        }
        if (ordered) {
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) rows.pos(list.get(i)) << 32 | i;
        }
        java.util.Arrays.sort(keys);
        Integer[] copy = list.toArray(new Integer[0]);
        for (int i = 0; i < n; i++) {
            list.set(i, copy[(int) keys[i]]);
        }
    }

    /** Rules looked up once per code, then by reference (the codes are the engine's constants). */
    private final java.util.IdentityHashMap<String, Optional<RiskRules.DriverRule>> ruleOf =
            new java.util.IdentityHashMap<>();
    private final java.util.IdentityHashMap<String, Boolean> opacityOf = new java.util.IdentityHashMap<>();

    private RiskRules.DriverRule rule(String code) {
        Optional<RiskRules.DriverRule> r = ruleOf.get(code);
        if (r == null) {
            r = Optional.ofNullable(rules.drivers().get(code));
            ruleOf.put(code, r);
        }
        return r.orElse(null);
    }

    private boolean opacity(String code) {
        Boolean b = opacityOf.get(code);
        if (b == null) {
            b = rules.opacityCodes().contains(code);
            opacityOf.put(code, b);
        }
        return b;
    }

    private void risksAt(String entity, List<Integer> indicators, List<Incident> incidents, List<Risk> out) {
        boolean opaque = false;
        for (int i : indicators) {
            opaque |= rows.status(i) == IndicatorStatus.ADVERSE && opacity(rows.code(i));
        }
        Map<ImpactCategory, List<Integer>> drivers = new EnumMap<>(ImpactCategory.class);
        Map<ImpactCategory, List<Integer>> context = new EnumMap<>(ImpactCategory.class);
        for (int i : indicators) {
            RiskRules.DriverRule rule = rule(rows.code(i));
            if (rule == null) {
                continue;
            }
            boolean raises = rule.raises(rows.status(i), rules.riskStatuses());
            List<ImpactCategory> categories = rule.categories();
            for (int k = 0; k < categories.size(); k++) {
                ImpactCategory c = categories.get(k);
                (raises ? drivers : context).computeIfAbsent(c, x -> new ArrayList<>()).add(i);
            }
        }
        Map<ImpactCategory, List<Incident>> actual = new EnumMap<>(ImpactCategory.class);
        for (Incident inc : incidents) {
            for (ImpactCategory c : rules.incidents().getOrDefault(inc.kind(), List.of())) {
                actual.computeIfAbsent(c, x -> new ArrayList<>()).add(inc);
            }
        }
        Set<ImpactCategory> categories = new LinkedHashSet<>();
        for (ImpactCategory c : ImpactCategory.values()) {
            if (drivers.containsKey(c) || actual.containsKey(c)) {
                categories.add(c);
            }
        }
        for (ImpactCategory c : categories) {
            out.add(risk(entity, c, drivers.getOrDefault(c, List.of()), context.getOrDefault(c, List.of()),
                    actual.getOrDefault(c, List.of()), opaque));
        }
    }

    private Risk risk(String entity, ImpactCategory category, List<Integer> drivers, List<Integer> context,
            List<Incident> incidents, boolean opaque) {
        return risk(entity, category, drivers, context, incidents, opaque, null);
    }

    /**
     * A risk; its justification is worded when read, by scoring it again with {@code words} set (the drivers are
     * then those kept by the risk, without repeats: the same scores, the same first driver of each).
     */
    private Risk risk(String entity, ImpactCategory category, List<Integer> drivers, List<Integer> context,
            List<Incident> incidents, boolean opaque, String[] words) {
        int max = rules.maxScore();
        RiskRules.CategoryRule cat = rules.categories().getOrDefault(category, DEFAULT_CATEGORY);
        List<String> why = new ArrayList<>(4); // scale, scope, irremediability, likelihood
        List<String> whyFr = new ArrayList<>(4);
        boolean isActual = !incidents.isEmpty();

        // scale
        int scale = cat.baseScale();
        String scaleFrom = "category base";
        String scaleFromFr = "base de la catégorie";
        for (int d : drivers) {
            int s = rule(rows.code(d)).scaleFor(java.util.Optional.ofNullable(rows.known(d)));
            if (s > scale) {
                scale = s;
                if (words != null) {
                    String unit = rows.unit(d);
                    scaleFrom = rows.id(d) + " (" + rows.value(d, engine).text() + ")";
                    scaleFromFr = rows.id(d) + " (" + java.util.Optional.ofNullable(rows.known(d))
                            .map(v -> v.toPlainString() + (unit.isEmpty() ? "" : " " + unit))
                            .orElse("non communiqué") + ")";
                }
            }
        }
        if (words != null) {
            why.add("scale " + scale + " from " + scaleFrom);
            whyFr.add("ampleur " + scale + " selon " + scaleFromFr);
        }

        // scope
        int scope;
        if (cat.fixedScope().isPresent()) {
            scope = cat.fixedScope().get();
            if (words != null) {
                why.add("scope " + scope + " fixed for the category");
                whyFr.add("portée " + scope + " fixée pour la catégorie");
            }
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
                Optional<Integer> h = segments.get(sid).headcount().best();
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
            if (words != null) {
                why.add("scope " + scope + ": " + (affected.isEmpty() && people == 0 ? "no workforce disclosed"
                        : people + " people known") + (unknown ? ", headcount not disclosed (at least "
                                + rules.scopeIfUnknown() + ")" : ""));
                whyFr.add("portée " + scope + " : " + (affected.isEmpty() && people == 0 ? "aucun effectif communiqué"
                        : people + " personnes connues") + (unknown ? ", effectif non communiqué (au moins "
                                + rules.scopeIfUnknown() + ")" : ""));
            }
        }

        // irremediability
        int irr = Math.min(max, cat.irremediability() + (isActual ? cat.actualUplift() : 0));
        if (words != null) {
            why.add("irremediability " + irr + (isActual && cat.actualUplift() > 0 ? " (category " + cat.irremediability()
                    + " + " + cat.actualUplift() + " as the harm has occurred)" : ""));
            whyFr.add("caractère irrémédiable " + irr + (isActual && cat.actualUplift() > 0 ? " (catégorie "
                    + cat.irremediability() + " + " + cat.actualUplift() + " car l’atteinte s’est produite)" : ""));
        }

        // likelihood
        int likelihood;
        if (isActual) {
            likelihood = rules.actualLikelihood();
            if (words != null) {
                why.add("likelihood " + likelihood + ": actual, shown by " + String.join(", ",
                        incidents.stream().map(Incident::id).toList()));
                whyFr.add("probabilité " + likelihood + " : atteinte avérée, attestée par " + String.join(", ",
                        incidents.stream().map(Incident::id).toList()));
            }
        } else {
            likelihood = 1;
            String from = "none";
            String fromFr = "aucun indicateur";
            boolean nonOpacity = false;
            for (int d : drivers) {
                IndicatorStatus status = rows.status(d);
                int l = rules.likelihood().getOrDefault(status, 1);
                nonOpacity |= !opacity(rows.code(d));
                if (l > likelihood) {
                    likelihood = l;
                    if (words != null) {
                        from = rows.id(d) + " " + status.name().toLowerCase(java.util.Locale.ROOT);
                        fromFr = rows.id(d) + " " + statusFr(status);
                    }
                }
            }
            String l0 = "likelihood " + likelihood + " from " + from;
            String l0Fr = "probabilité " + likelihood + " selon " + fromFr;
            if (opaque && nonOpacity && rules.opacityUplift() > 0 && likelihood < max) {
                likelihood = Math.min(max, likelihood + rules.opacityUplift());
                l0 += ", +" + rules.opacityUplift() + " for opacity at the entity = " + likelihood;
                l0Fr += ", +" + rules.opacityUplift() + " pour l’opacité de l’entité = " + likelihood;
            }
            if (words != null) {
                why.add(l0);
                whyFr.add(l0Fr);
            }
        }

        RiskRules.Weights w = rules.weights();
        BigDecimal weighted = w.scale().multiply(BigDecimal.valueOf(scale), mc)
                .add(w.scope().multiply(BigDecimal.valueOf(scope), mc), mc)
                .add(w.irremediability().multiply(BigDecimal.valueOf(irr), mc), mc);
        BigDecimal score = weighted.divide(w.scale().add(w.scope(), mc).add(w.irremediability(), mc), mc)
                .setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal priority = score.multiply(BigDecimal.valueOf(likelihood), mc).setScale(2, RoundingMode.HALF_EVEN);

        if (words != null) {
            words[0] = why.get(0) + "; " + why.get(1) + "; " + why.get(2) + "; " + why.get(3);
            words[1] = whyFr.get(0) + " ; " + whyFr.get(1) + " ; " + whyFr.get(2) + " ; " + whyFr.get(3);
            return null;
        }
        EntryIds driverIds = EntryIds.of(rows, toArray(drivers), drivers.size());
        EntryIds contextEntries = EntryIds.of(rows, toArray(context), context.size());
        List<String> contextIds = contextEntries == null ? List.of() : contextEntries;
        List<String> incidentIds = incidents.stream().map(Incident::id).sorted().distinct().toList();
        int tier = graph.tier(entity).isPresent() ? graph.tier(entity).getAsInt() : -1;
        List<Integer> kept = driverIds == null ? List.of()
                : java.util.Arrays.stream(driverIds.rows()).boxed().toList();
        return new Risk("RISK:" + entity + ":" + category.name(), 0, entity, tier, category,
                isActual ? Occurrence.ACTUAL : Occurrence.POTENTIAL, new RiskSeverity(scale, scope, irr, score),
                likelihood, priority, driverIds == null ? List.of() : driverIds, contextIds, incidentIds, () -> {
                    String[] text = new String[2];
                    risk(entity, category, kept, List.of(), incidents, opaque, text);
                    return text;
                }, null, null);
    }

    /** The same risk at another rank (the old mapper built each risk twice; the fast one builds it once). */
    private static Risk withRank(Risk r, int rank) {
        return new Risk(r.id(), rank, r.entity(), r.tier(), r.category(), r.occurrence(), r.severity(),
                r.likelihood(), r.priority(), r.drivers(), r.context(), r.incidents(), r.justification(),
                r.justificationFr());
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

    private Optional<WorkforceSegment> segmentOf(String subject) {
        WorkforceSegment s = segments.get(subject);
        if (s == null && subject.indexOf('@') > 0) {
            s = segments.get(subject.substring(0, subject.indexOf('@')));
        }
        if (s == null && subject.lastIndexOf(':') > 0) {
            s = segments.get(subject.substring(0, subject.lastIndexOf(':')));
        }
        return Optional.ofNullable(s);
    }
}
