package org.dutyofvigilance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Redacts a chain-of-activities JSON document for the public edition: from every object it removes the
 * fields its own {@code confidential} array names, and it removes every {@code namedIndividuals} field.
 *
 * <p>Used when the public edition of the plan embeds its input: {@code PublicEditionRedaction.redact(bytes)}.
 * A name in a {@code confidential} array may be a dotted path into a nested object ({@code conditions.nda});
 * the {@code confidential} arrays themselves, which hold only field names, are kept so a reader sees what
 * was withheld. The output is written by {@link StrictJson#mapper()}, so the same input gives the same bytes.
 */
public final class PublicEditionRedaction {
    /** The field that always leaves the public edition. */
    public static final String NAMED_INDIVIDUALS = "namedIndividuals";
    /** The field in which a record names its confidential fields. */
    public static final String CONFIDENTIAL = "confidential";

    private PublicEditionRedaction() {
    }

    /** The redacted document, as JSON bytes. Throws {@link UncheckedIOException} when the input is not JSON. */
    public static byte[] redact(byte[] json) {
        try {
            JsonNode root = StrictJson.mapper().readTree(json);
            return StrictJson.mapper().writeValueAsBytes(redact(root));
        } catch (IOException e) {
            throw new UncheckedIOException("the chain document is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A redacted deep copy of a JSON tree; the argument is left unchanged. */
    public static JsonNode redact(JsonNode root) {
        JsonNode copy = root.deepCopy();
        // iterative walk: no recursion depth limit to worry about
        List<JsonNode> stack = new ArrayList<>();
        stack.add(copy);
        while (!stack.isEmpty()) {
            JsonNode node = stack.remove(stack.size() - 1);
            if (node instanceof ObjectNode object) {
                object.remove(NAMED_INDIVIDUALS);
                JsonNode confidential = object.get(CONFIDENTIAL);
                if (confidential instanceof ArrayNode names) {
                    for (JsonNode name : names) {
                        if (name.isTextual()) {
                            removePath(object, name.asText());
                        }
                    }
                }
                object.elements().forEachRemaining(stack::add);
            } else if (node instanceof ArrayNode array) {
                array.elements().forEachRemaining(stack::add);
            }
        }
        return copy;
    }

    private static void removePath(ObjectNode object, String path) {
        if (path.equals(CONFIDENTIAL)) {
            return;
        }
        String[] parts = path.split("\\.");
        ObjectNode at = object;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (!(next instanceof ObjectNode nextObject)) {
                return;
            }
            at = nextObject;
        }
        at.remove(parts[parts.length - 1]);
    }
}
