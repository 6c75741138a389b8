package org.dutyofvigilance.completeness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.rules.Text;

/** Deterministic JSON output: two-space indent, "\n" line ends on every platform, keys in insertion order. */
final class JsonOut {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        WRITER = StrictJson.mapper().writer(printer);
    }

    private JsonOut() {
    }

    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static ObjectNode text(Text t) {
        ObjectNode n = NODES.objectNode();
        n.put("en", t.en());
        n.put("fr", t.fr());
        return n;
    }
}
