package org.dutyofvigilance.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.dutyofvigilance.check.Finding;

/**
 * Writes structural findings as JSON with a documented, stable shape (see {@code docs/format.md}):
 * {@code {"source", "verdict", "findings": [{"rule", "severity", "nodeId", "field", "message"}]}}.
 */
public final class FindingsJson {
    private FindingsJson() {
    }

    /** The findings of one source as a JSON object node. */
    public static ObjectNode toNode(String source, String verdict, List<Finding> findings) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("source", source);
        root.put("verdict", verdict);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode n = list.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            n.put("nodeId", f.nodeId());
            n.put("field", f.field());
            n.put("message", f.message());
        }
        return root;
    }

    /** Any JSON node as indented text, with a final newline. */
    public static String text(Object node) {
        try {
            return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
