package org.dutyofvigilance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DuplicateKeyGuardTest {
    private static final JsonFactory PLAIN = new JsonFactory();

    /** Reads every token through the guard; returns the number of tokens. */
    private static int drain(String json) throws IOException {
        int n = 0;
        try (JsonParser p = new DuplicateKeyGuard(PLAIN.createParser(json))) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }

    private static String object(int fields, String extra) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < fields; i++) {
            b.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return b.append(extra).append('}').toString();
    }

    @Test
    void sameNameInSiblingAndNestedObjectsIsFine() throws IOException {
        assertEquals(23, drain("{\"a\":{\"a\":1,\"b\":[{\"a\":1},{\"a\":2}]},\"b\":{\"a\":1}}"));
    }

    @Test
    void duplicateInNestedObjectIsReportedLikeJackson() {
        var e = assertThrows(JsonParseException.class,
                () -> drain("{\"a\":[{\"x\":1},{\"x\":1,\"y\":2,\"x\":3}],\"x\":0}"));
        assertTrue(e.getOriginalMessage().equals("Duplicate field 'x'"), e.getOriginalMessage());
        assertEquals(1, e.getLocation().getLineNr());
    }

    @Test
    void duplicateAfterTheOuterObjectResumesIsFound() {
        // the inner object closes, then the outer object repeats its own first name
        var e = assertThrows(JsonParseException.class, () -> drain("{\"a\":{\"b\":{\"c\":1}},\"a\":2}"));
        assertEquals("Duplicate field 'a'", e.getOriginalMessage());
    }

    @Test
    void largeObjectsSwitchToAHashSetAndStillFindDuplicates() throws IOException {
        assertEquals(2 + 2 * 100_000, drain(object(100_000, "")));
        var e = assertThrows(JsonParseException.class, () -> drain(object(DuplicateKeyGuard.LINEAR_LIMIT + 5, ",\"f3\":1")));
        assertEquals("Duplicate field 'f3'", e.getOriginalMessage());
        var atLimit = assertThrows(JsonParseException.class,
                () -> drain(object(DuplicateKeyGuard.LINEAR_LIMIT, ",\"f0\":1")));
        assertEquals("Duplicate field 'f0'", atLimit.getOriginalMessage());
    }

    @Test
    void skippedChildrenKeepTheLevelsInStep() throws IOException {
        try (JsonParser p = new DuplicateKeyGuard(PLAIN.createParser("{\"a\":{\"z\":{\"q\":1}},\"b\":1,\"a\":2}"))) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            assertEquals("a", p.nextFieldName());
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            p.skipChildren();
            assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextValue()); // "b": 1, read through the guard
            var e = assertThrows(JsonParseException.class, p::nextToken);
            assertEquals("Duplicate field 'a'", e.getOriginalMessage());
        }
    }

    @Test
    void chainReaderRejectsANestedDuplicateWithPlace() {
        String json = "{\"formatVersion\": \"1.0\", \"reportingCompany\": {\"entityId\": \"a\", \"entityId\": \"b\"}}";
        var e = assertThrows(ChainFormatException.class, () -> ChainJson.read(json, "dup.json"));
        assertTrue(e.problem().startsWith("a field appears twice in the same object"), e.problem());
        assertTrue(e.problem().contains("entityId"), e.problem());
        assertEquals(1, e.line());
    }
}
