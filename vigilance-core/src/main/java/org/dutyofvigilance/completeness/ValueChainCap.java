package org.dutyofvigilance.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.rules.FactPath;
import org.dutyofvigilance.rules.LegalStatus;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Text;

/**
 * The CSRD value-chain cap as a documented, overridable parameter: which partners it protects (1,000
 * employees or fewer) and which fact keys are treated as within the voluntary (VSME-based) standard. The
 * shipped list, {@link #vsme()}, is a reading marked {@link LegalStatus#UNVERIFIED}; replace it with
 * {@link #withWithinCap} when your counsel reads the standard differently. Used by {@link DataRequests}.
 *
 * @param maxEmployees the largest protected partner, in employees
 * @param withinCap    fact keys within the cap; a key also covers the keys below it
 * @param status       how firm the list is in law
 * @param note         what the list rests on
 */
public record ValueChainCap(int maxEmployees, SortedSet<String> withinCap, LegalStatus status, Text note) {
    private static final String RESOURCE = "/org/dutyofvigilance/rules/value-chain-cap.json";

    public ValueChainCap {
        withinCap = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(withinCap));
        for (String key : withinCap) {
            FactPath.parse(key, kindOf(key));
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    private static NodeKind kindOf(String key) {
        String root = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return switch (root) {
            case "company", "chain" -> NodeKind.COMPANY;
            case "partner" -> NodeKind.PARTNER;
            case "relationship" -> NodeKind.RELATIONSHIP;
            case "segment" -> NodeKind.SEGMENT;
            case "mechanism" -> NodeKind.MECHANISM;
            default -> throw new IllegalArgumentException("unknown fact key '" + key + "'");
        };
    }

    /** The shipped, VSME-based list (unverified reading; see {@code docs/rules.md}). */
    public static ValueChainCap vsme() {
        return Shipped.INSTANCE;
    }

    /** The same cap with another list of fact keys within it. */
    public ValueChainCap withWithinCap(Set<String> keys) {
        return new ValueChainCap(maxEmployees, new TreeSet<>(keys), status, note);
    }

    /** Whether a fact key is within the cap. */
    public boolean covers(String key) {
        for (String k : withinCap) {
            if (key.equals(k) || key.startsWith(k + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The tag of a datum asked from a partner with this many employees. */
    public CapTag tag(Optional<Integer> employees, String key) {
        if (employees.isEmpty()) {
            return CapTag.SIZE_UNKNOWN;
        }
        if (employees.get() > maxEmployees) {
            return CapTag.NOT_PROTECTED;
        }
        return covers(key) ? CapTag.WITHIN_CAP : CapTag.ABOVE_CAP;
    }

    private static final class Shipped {
        static final ValueChainCap INSTANCE = load();

        private static ValueChainCap load() {
            try (InputStream in = ValueChainCap.class.getResourceAsStream(RESOURCE)) {
                JsonNode n = StrictJson.mapper().readTree(Objects.requireNonNull(in, RESOURCE));
                SortedSet<String> keys = new TreeSet<>();
                n.get("withinCap").forEach(k -> keys.add(k.asText()));
                return new ValueChainCap(n.get("maxEmployees").intValue(), keys,
                        LegalStatus.valueOf(n.get("status").asText().toUpperCase(java.util.Locale.ROOT)),
                        new Text(n.get("note").get("en").asText(), n.get("note").get("fr").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
