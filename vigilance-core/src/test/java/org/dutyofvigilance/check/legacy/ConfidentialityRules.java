package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * Confidentiality and evidence markings name real fields: a misspelt name in a {@code confidential} list
 * would silently publish the field it meant to withhold.
 */
final class ConfidentialityRules {
    private static final ConcurrentHashMap<Class<?>, Set<String>> FIELDS = new ConcurrentHashMap<>();

    private ConfidentialityRules() {
    }

    static void check(ChainOfActivities chain, List<Finding> out) {
        var company = chain.reportingCompany();
        names(out, company.entityId(), "reportingCompany.confidential", company.getClass(), company.confidential());
        chain.businessPartners().forEach(p -> names(out, p.id(), "confidential", p.getClass(), p.confidential()));
        chain.relationships().forEach(r -> names(out, r.id(), "confidential", r.getClass(), r.confidential()));
        chain.workforceSegments().forEach(s -> names(out, s.id(), "confidential", s.getClass(), s.confidential()));
        chain.grievanceMechanisms().forEach(g -> names(out, g.id(), "confidential", g.getClass(), g.confidential()));
        chain.incidents().forEach(i -> names(out, i.id(), "confidential", i.getClass(), i.confidential()));
        chain.actions().forEach(a -> names(out, a.id(), "confidential", a.getClass(), a.confidential()));
    }

    private static void names(List<Finding> out, String node, String field, Class<?> type, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        Set<String> known = FIELDS.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet()));
        for (String name : names) {
            if (!known.contains(name) || name.equals("id") || name.equals("confidential")) {
                out.add(new Finding("STRUCT-CONFIDENTIAL-FIELD", Severity.ERROR, node, field,
                        "'" + IdentityRules.printable(name) + "' is not a field that can be withheld here; fields of this "
                                + type.getSimpleName() + ": " + known.stream().sorted().filter(n -> !n.equals("id")
                                        && !n.equals("confidential")).collect(Collectors.joining(", "))));
            }
        }
    }
}
