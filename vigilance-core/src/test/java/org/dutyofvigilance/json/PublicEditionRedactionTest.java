package org.dutyofvigilance.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicEditionRedactionTest {
    private static final String CHAIN = """
            {"formatVersion": "1.0",
             "relationships": [{"id": "r2", "contractReference": "SECRET-REF", "since": "2023-05-01",
                                "confidential": ["contractReference"]}],
             "workforceSegments": [{"id": "s", "conditions": {"workplace": "SECRET-PLACE", "hoursPerWeek": 45},
                                    "confidential": ["conditions.workplace"]}],
             "incidents": [{"id": "i", "description": "dismissed", "namedIndividuals": ["Jane Doe"]}]}
            """;

    private static String redacted() {
        return new String(PublicEditionRedaction.redact(CHAIN.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    @Test
    void removesEachObjectsConfidentialFieldsAndEveryNamedIndividual() {
        String out = redacted();
        assertFalse(out.contains("SECRET-REF"));
        assertFalse(out.contains("SECRET-PLACE"));
        assertFalse(out.contains("Jane Doe"));
        assertFalse(out.contains("namedIndividuals"));
        assertTrue(out.contains("2023-05-01"), "non-confidential fields stay");
        assertTrue(out.contains("\"hoursPerWeek\" : 45"));
        assertTrue(out.contains("\"confidential\""), "the list of withheld field names stays");
    }

    @Test
    void sameInputGivesSameBytes() {
        byte[] in = CHAIN.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(PublicEditionRedaction.redact(in), PublicEditionRedaction.redact(in));
    }

    @Test
    void leavesTheArgumentTreeUnchanged() throws Exception {
        var tree = StrictJson.mapper().readTree(CHAIN);
        String before = tree.toString();
        PublicEditionRedaction.redact(tree);
        assertEquals(before, tree.toString());
    }
}
