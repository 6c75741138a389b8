package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dutyofvigilance.model.ChainOfActivities;

/** Ids: each is well formed and used by exactly one node, across every kind of node. */
final class IdentityRules {
    static final int MAX_ID_LENGTH = 128;

    private IdentityRules() {
    }

    private static final String[] LISTS = {"businessPartners", "relationships", "workforceSegments",
        "grievanceMechanisms", "incidents", "actions", "stakeholderConsultations", "monitoringIndicators", "evidence"};

    static void check(ChainOfActivities chain, List<Finding> out) {
        // where each id was first seen, as (list number << 32 | position): the text is built only for a message
        Map<String, Long> seen = new HashMap<>(chain.businessPartners().size() * 4);
        register(chain.businessPartners(), p -> p.id(), 0, seen, out);
        register(chain.relationships(), r -> r.id(), 1, seen, out);
        register(chain.workforceSegments(), s -> s.id(), 2, seen, out);
        register(chain.grievanceMechanisms(), g -> g.id(), 3, seen, out);
        register(chain.incidents(), i -> i.id(), 4, seen, out);
        register(chain.actions(), a -> a.id(), 5, seen, out);
        register(chain.stakeholderConsultations(), c -> c.id(), 6, seen, out);
        register(chain.monitoringIndicators(), m -> m.id(), 7, seen, out);
        register(chain.evidence(), e -> e.id(), 8, seen, out);
    }

    private static String where(long position) {
        return LISTS[(int) (position >>> 32)] + "[" + (int) position + "]";
    }

    private static <T> void register(List<T> nodes, Function<T, String> idOf, int list, Map<String, Long> seen,
            List<Finding> out) {
        for (int i = 0; i < nodes.size(); i++) {
            String id = idOf.apply(nodes.get(i));
            long here = ((long) list << 32) | i;
            String problem = syntaxProblem(id);
            if (problem != null) {
                out.add(new Finding("STRUCT-ID-SYNTAX", Severity.ERROR, printable(id), "id",
                        "the id at " + where(here) + " " + problem
                                + "; use letters, digits and . _ - : only (at most " + MAX_ID_LENGTH + " characters)"));
            }
            Long previous = seen.putIfAbsent(id, here);
            if (previous != null) {
                out.add(new Finding("STRUCT-DUPLICATE-ID", Severity.ERROR, printable(id), "id",
                        "id '" + printable(id) + "' is used twice, at " + where(previous) + " and at " + where(here)
                                + "; give every node its own id"));
            }
        }
    }

    static String syntaxProblem(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            return "is " + id.length() + " characters long";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-' || c == ':';
            if (!ok) {
                return "contains the character '" + c + "'";
            }
        }
        return null;
    }

    /** The id with control characters made visible, safe to print in a message. */
    static String printable(String id) {
        StringBuilder b = new StringBuilder(Math.min(id.length(), MAX_ID_LENGTH + 3));
        for (int i = 0; i < id.length() && i < MAX_ID_LENGTH; i++) {
            char c = id.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        if (id.length() > MAX_ID_LENGTH) {
            b.append("...");
        }
        return b.toString();
    }
}
