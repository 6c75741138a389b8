package org.dutyofvigilance.check;

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

    static void check(ChainOfActivities chain, List<Finding> out) {
        Map<String, String> seen = new HashMap<>();
        register(chain.businessPartners(), p -> p.id(), "businessPartners", seen, out);
        register(chain.relationships(), r -> r.id(), "relationships", seen, out);
        register(chain.workforceSegments(), s -> s.id(), "workforceSegments", seen, out);
        register(chain.grievanceMechanisms(), g -> g.id(), "grievanceMechanisms", seen, out);
        register(chain.incidents(), i -> i.id(), "incidents", seen, out);
        register(chain.actions(), a -> a.id(), "actions", seen, out);
        register(chain.stakeholderConsultations(), c -> c.id(), "stakeholderConsultations", seen, out);
        register(chain.monitoringIndicators(), m -> m.id(), "monitoringIndicators", seen, out);
        register(chain.evidence(), e -> e.id(), "evidence", seen, out);
    }

    private static <T> void register(List<T> nodes, Function<T, String> idOf, String list, Map<String, String> seen,
            List<Finding> out) {
        for (int i = 0; i < nodes.size(); i++) {
            String id = idOf.apply(nodes.get(i));
            String where = list + "[" + i + "]";
            String problem = syntaxProblem(id);
            if (problem != null) {
                out.add(new Finding("STRUCT-ID-SYNTAX", Severity.ERROR, printable(id), "id",
                        "the id at " + where + " " + problem
                                + "; use letters, digits and . _ - : only (at most " + MAX_ID_LENGTH + " characters)"));
            }
            String previous = seen.putIfAbsent(id, where);
            if (previous != null) {
                out.add(new Finding("STRUCT-DUPLICATE-ID", Severity.ERROR, printable(id), "id",
                        "id '" + printable(id) + "' is used twice, at " + previous + " and at " + where
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
