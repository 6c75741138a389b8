package org.dutyofvigilance.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.StrictJson;
import org.junit.jupiter.api.Test;

/**
 * Replaces every value of the flagship, one at a time, with a value of the wrong JSON type and checks that
 * reading fails with a message whose JSON path points at that value (or its object).
 */
class WrongTypesEverywhereTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void everyValueOfTheWrongTypeIsRejectedAtItsPath() throws Exception {
        JsonNode original = StrictJson.mapper().readTree(TestChains.flagshipJson());
        List<String> paths = new ArrayList<>();
        collect(original, "$", paths);
        assertTrue(paths.size() > 200, "the flagship has " + paths.size() + " values");
        int checked = 0;
        for (String path : paths) {
            JsonNode copy = original.deepCopy();
            JsonNode parent = parentOf(copy, path);
            String last = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
            JsonNode current = childOf(parent, last);
            JsonNode wrong = wrongFor(current);
            replace(parent, last, wrong);
            String json = StrictJson.mapper().writeValueAsString(copy);
            ChainFormatException e = assertThrows(ChainFormatException.class, () -> ChainJson.read(json, "mutated.json"),
                    () -> "accepted " + wrong + " at " + path);
            String reported = e.jsonPath().orElse("");
            String parentPath = path.substring(0, path.length() - last.length());
            assertTrue(reported.equals(path) || path.startsWith(reported) && reported.length() >= parentPath.length() - 1
                    || reported.startsWith(parentPath), () -> "wrong " + wrong + " at " + path + " reported at " + reported
                    + ": " + e.getMessage());
            assertTrue(e.line() > 0, e.getMessage());
            checked++;
        }
        assertEquals(paths.size(), checked);
    }

    private static JsonNode wrongFor(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().matches("\\d{4}-\\d{2}-\\d{2}") ? F.booleanNode(true) : F.numberNode(42);
        }
        if (value.isNumber()) {
            return F.textNode("forty-two");
        }
        if (value.isBoolean()) {
            return F.textNode("yes");
        }
        if (value.isArray()) {
            return F.objectNode().put("unexpected", 1);
        }
        return F.arrayNode().add(1);
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                out.add(path + "." + e.getKey());
                collect(e.getValue(), path + "." + e.getKey(), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(path + "[" + i + "]");
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static JsonNode parentOf(JsonNode root, String path) {
        String parentPath = path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
        JsonNode node = root;
        for (String step : parentPath.substring(1).split("(?=[.\\[])")) {
            if (!step.isEmpty()) {
                node = childOf(node, step);
            }
        }
        return node;
    }

    private static JsonNode childOf(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(step.substring(1));
    }

    private static void replace(JsonNode parent, String step, JsonNode value) {
        if (step.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(step.substring(1, step.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(step.substring(1), value);
        }
    }
}
