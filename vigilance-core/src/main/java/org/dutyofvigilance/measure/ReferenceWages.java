package org.dutyofvigilance.measure;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dutyofvigilance.json.StrictJson;

/**
 * An immutable set of wage benchmarks used by the living-wage and minimum-wage indicators. Start from
 * {@link #shipped()} (the benchmarks of {@code docs/indicators.md}, each with its source) and extend or
 * override it with {@link #with(Collection)}; pass the result in {@link MeasureParameters}.
 */
public final class ReferenceWages {
    static final String RESOURCE = "reference-wages.json";
    private static final ReferenceWages SHIPPED = load(ReferenceWages.class.getResourceAsStream(RESOURCE), RESOURCE);

    private final Map<String, ReferenceWage> byId;

    private ReferenceWages(Map<String, ReferenceWage> byId) {
        this.byId = byId;
    }

    /** The benchmarks shipped with the library. */
    public static ReferenceWages shipped() {
        return SHIPPED;
    }

    /** No benchmarks at all (every wage gap is then unknown). */
    public static ReferenceWages none() {
        return new ReferenceWages(Map.of());
    }

    /** Reads benchmarks from a JSON array of {@link ReferenceWage} objects (the format of the shipped file). */
    public static ReferenceWages load(InputStream json, String sourceName) {
        if (json == null) {
            throw new IllegalArgumentException("reference wages not found: " + sourceName);
        }
        try (json) {
            List<ReferenceWage> list = StrictJson.mapper().readValue(json, new TypeReference<List<ReferenceWage>>() {
            });
            return none().with(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference wages " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /** A copy with these entries added; an entry with the id of an existing one replaces it. */
    public ReferenceWages with(Collection<ReferenceWage> entries) {
        Map<String, ReferenceWage> copy = new LinkedHashMap<>(byId);
        for (ReferenceWage w : entries) {
            copy.put(w.id(), w);
        }
        return new ReferenceWages(Map.copyOf(copy));
    }

    /** Every benchmark, sorted by id. */
    public List<ReferenceWage> all() {
        List<ReferenceWage> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(ReferenceWage::id));
        return List.copyOf(list);
    }

    /** The benchmark with this id. */
    public Optional<ReferenceWage> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The benchmark used for a country and kind in a reporting year: those in force in that year (year not
     * after it) before later ones, then the preferred one, then the most recent, non-proxy before proxy, then
     * by id.
     */
    public Optional<ReferenceWage> choose(String country, WageKind kind, int reportingYear) {
        Comparator<ReferenceWage> choice = Comparator
                .comparing((ReferenceWage w) -> w.year() > reportingYear)
                .thenComparing(w -> !w.preferred())
                .thenComparing(ReferenceWage::year, Comparator.reverseOrder())
                .thenComparing(ReferenceWage::proxy)
                .thenComparing(ReferenceWage::id);
        return byId.values().stream()
                .filter(w -> w.country().equalsIgnoreCase(country) && w.kind() == kind)
                .min(choice);
    }
}
