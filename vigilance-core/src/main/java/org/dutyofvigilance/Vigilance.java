package org.dutyofvigilance;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.ChainSchema;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The library's entry point: read a chain of activities, check it, write it back.
 *
 * <pre>{@code
 * ChainOfActivities chain = Vigilance.read(Path.of("chain.json"));   // ChainFormatException if unreadable
 * List<Finding> findings = Vigilance.check(chain);                    // values, never exceptions
 * }</pre>
 *
 * <p>Every method is a pure function of its arguments and safe to call from many threads.
 */
public final class Vigilance {
    private Vigilance() {
    }

    /** Reads a chain from a JSON file; throws {@link org.dutyofvigilance.json.ChainFormatException} when unreadable. */
    public static ChainOfActivities read(Path file) {
        return ChainJson.read(file);
    }

    /** Reads a chain from a UTF-8 JSON stream; {@code sourceName} appears in error messages. */
    public static ChainOfActivities read(InputStream in, String sourceName) {
        return ChainJson.read(in, sourceName);
    }

    /** Reads a chain from JSON text; {@code sourceName} appears in error messages. */
    public static ChainOfActivities read(String json, String sourceName) {
        return ChainJson.read(json, sourceName);
    }

    /** The structural check of a chain: findings in a stable order, empty when sound. */
    public static List<Finding> check(ChainOfActivities chain) {
        return StructuralCheck.check(chain);
    }

    /** The chain as deterministic JSON text. */
    public static String toJson(ChainOfActivities chain) {
        return ChainJson.toJson(chain);
    }

    /** The JSON Schema (draft 2020-12) of the chain format. */
    public static String schema() {
        return ChainSchema.json();
    }
}
