package org.dutyofvigilance.check;

import java.util.List;
import java.util.function.Function;
import org.dutyofvigilance.model.ChainOfActivities;

/** Ids: each is well formed and used by exactly one node, across every kind of node. */
final class IdentityRules {
    static final int MAX_ID_LENGTH = 128;
    /** The characters an id may use: letters, digits and . _ - : (all below 128). */
    private static final boolean[] ID_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ID_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-' || c == ':';
        }
    }

    private IdentityRules() {
    }

    private static final String[] LISTS = {"businessPartners", "relationships", "workforceSegments",
        "grievanceMechanisms", "incidents", "actions", "stakeholderConsultations", "monitoringIndicators", "evidence"};

    /** Checks the ids and returns the index of every id, for the reference rules. */
    static IdIndex check(ChainOfActivities chain, List<Finding> out) {
        // where each id was first seen, as (list number << 32 | position): the text is built only for a message
        int count = chain.businessPartners().size() + chain.relationships().size() + chain.workforceSegments().size()
                + chain.grievanceMechanisms().size() + chain.incidents().size() + chain.actions().size()
                + chain.stakeholderConsultations().size() + chain.monitoringIndicators().size() + chain.evidence().size();
        IdIndex seen = new IdIndex(count);
        register(chain.businessPartners(), p -> p.id(), 0, IdIndex.PARTNER, seen, out);
        register(chain.relationships(), r -> r.id(), 1, IdIndex.RELATIONSHIP, seen, out);
        register(chain.workforceSegments(), s -> s.id(), 2, IdIndex.SEGMENT, seen, out);
        register(chain.grievanceMechanisms(), g -> g.id(), 3, IdIndex.MECHANISM, seen, out);
        register(chain.incidents(), i -> i.id(), 4, IdIndex.INCIDENT, seen, out);
        register(chain.actions(), a -> a.id(), 5, IdIndex.ACTION, seen, out);
        register(chain.stakeholderConsultations(), c -> c.id(), 6, IdIndex.CONSULTATION, seen, out);
        register(chain.monitoringIndicators(), m -> m.id(), 7, IdIndex.INDICATOR, seen, out);
        register(chain.evidence(), e -> e.id(), 8, IdIndex.EVIDENCE, seen, out);
        return seen;
    }

    private static String where(long position) {
        return LISTS[(int) (position >>> 32)] + "[" + (int) position + "]";
    }

    private static <T> void register(List<T> nodes, Function<T, String> idOf, int list, int kind, IdIndex seen,
            List<Finding> out) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            String id = idOf.apply(nodes.get(i));
            long here = ((long) list << 32) | i;
            String problem = syntaxProblem(id);
            if (problem != null) {
                out.add(new Finding("STRUCT-ID-SYNTAX", Severity.ERROR, printable(id), "id",
                        "the id at " + where(here) + " " + problem
                                + "; use letters, digits and . _ - : only (at most " + MAX_ID_LENGTH + " characters)"));
            }
            long previous = seen.add(id, kind, here);
            if (previous >= 0) {
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
            if (c < ID_CHARS.length && ID_CHARS[c]) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            return "contains the character '" + c + "'";
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
