package org.dutyofvigilance.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PayUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainJsonTest {

    private static ChainFormatException fails(String json) {
        return assertThrows(ChainFormatException.class, () -> ChainJson.read(json, "bad.json"));
    }

    @Test
    void roundTripIsLossless() {
        ChainOfActivities chain = TestChains.flagship();
        byte[] once = ChainJson.toBytes(chain);
        ChainOfActivities again = ChainJson.read(new ByteArrayInputStream(once), "written.json");
        assertEquals(chain, again);
        assertArrayEquals(once, ChainJson.toBytes(again), "writing is deterministic");
    }

    @Test
    void readsSeedFiguresOfTheFlagship() {
        ChainOfActivities chain = TestChains.flagship();
        var moderators = chain.workforceSegments().stream().filter(s -> s.id().equals("seg-kazi-moderators")).findFirst().orElseThrow();
        assertEquals("1.5", moderators.pay().orElseThrow().amount().toPlainString());
        assertEquals(PayUnit.HOUR, moderators.pay().orElseThrow().per());
        assertEquals(50, moderators.conditions().secondsPerItem().orElseThrow());
        var rate = chain.relationships().stream().filter(r -> r.id().equals("rel-lumiere-datalabel")).findFirst().orElseThrow();
        assertEquals("12", rate.contractedRate().orElseThrow().amount().toPlainString());
    }

    @Test
    void undisclosedFactsStayUnknownAfterRoundTrip() {
        ChainOfActivities chain = TestChains.flagship();
        var vendorEdge = chain.relationships().stream().filter(r -> r.id().equals("rel-datalabel-kazi")).findFirst().orElseThrow();
        assertTrue(vendorEdge.contractedRate().isEmpty(), "a rate not disclosed is not zero");
        String json = ChainJson.toJson(chain);
        assertTrue(!json.contains("\"contractedRate\" : null"), "unknown facts are left out, not written as null");
    }

    @Test
    void readsFromAFileAndNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chain.json");
        Files.writeString(file, TestChains.flagshipJson());
        assertEquals(TestChains.flagship(), ChainJson.read(file));
        Path missing = dir.resolve("nope.json");
        var e = assertThrows(ChainFormatException.class, () -> ChainJson.read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString() + ": the file does not exist"), e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        var e = fails("{\n  \"formatVersion\": \"1.0\",\n  \"reportCurrency\" \"EUR\"\n}");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("bad.json:3:"), e.getMessage());
        assertTrue(e.problem().startsWith("this is not valid JSON"), e.problem());
    }

    @Test
    void truncatedFileIsCalledTruncated() {
        String json = TestChains.flagshipJson();
        var e = fails(json.substring(0, json.length() / 2));
        assertTrue(e.problem().contains("it looks truncated"), e.problem());
        assertTrue(e.line() > 1);
    }

    @Test
    void emptyFileIsCalledEmpty() {
        assertEquals("the file is empty", fails("").problem());
    }

    @Test
    void unknownFieldIsNamedWithItsPathAndTheAllowedFields() {
        var e = fails(TestChains.flagshipJson().replace("\"legalName\": \"Kazi Data Services Ltd\"",
                "\"legalName\": \"Kazi Data Services Ltd\", \"legalNmae\": \"x\""));
        assertEquals("unknown field 'legalNmae'", e.problem());
        assertEquals("$.businessPartners[3].legalNmae", e.jsonPath().orElseThrow());
        assertTrue(e.hint().contains("legalName"), e.hint());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        var e = fails(TestChains.flagshipJson().replace("\"employees\": 850", "\"employees\": \"850\""));
        assertEquals("$.businessPartners[3].employees", e.jsonPath().orElseThrow());
        assertTrue(e.problem().contains("a whole number"), e.problem());
        var enumError = fails(TestChains.flagshipJson().replace("\"role\": \"vendor\"", "\"role\": \"supplier\""));
        assertTrue(enumError.problem().contains("one of buyer, subsidiary, ai_model_provider"), enumError.problem());
        var date = fails(TestChains.flagshipJson().replace("\"2025-04-11\"", "\"11/04/2025\""));
        assertTrue(date.problem().contains("a date written YYYY-MM-DD"), date.problem());
        assertEquals("$.incidents[2].date", date.jsonPath().orElseThrow());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        var e = fails(TestChains.flagshipJson().replace("\"legalName\": \"Kazi Data Services Ltd\", ", ""));
        assertTrue(e.problem().contains("required field 'legalName' is missing"), e.problem());
        assertEquals("$.businessPartners[3]", e.jsonPath().orElseThrow());
    }

    @Test
    void duplicateKeysAreRejected() {
        var e = fails("{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}");
        assertTrue(e.problem().startsWith("a field appears twice in the same object"), e.problem());
        assertTrue(e.problem().contains("formatVersion"), e.problem());
    }

    @Test
    void utf16IsRejectedWithAnEncodingMessage() {
        byte[] utf16 = TestChains.flagshipJson().getBytes(StandardCharsets.UTF_16);
        var e = assertThrows(ChainFormatException.class,
                () -> ChainJson.read(new ByteArrayInputStream(utf16), "utf16.json"));
        assertTrue(e.problem().contains("not UTF-8"), e.problem());
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = "{\"formatVersion\": \"1.0\", \"reportCurrency\": \"EU\u0000R\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xC3; // a lone lead byte
        bytes[bytes.length - 4] = (byte) 0x28;
        var e = assertThrows(ChainFormatException.class,
                () -> ChainJson.read(new ByteArrayInputStream(bytes), "latin.json"));
        assertTrue(e.problem().contains("not valid UTF-8"), e.problem());
    }

    @Test
    void nanIsNotANumber() {
        var e = fails(TestChains.flagshipJson().replace("\"amount\": 1.5,", "\"amount\": NaN,"));
        assertTrue(e.problem().contains("NaN"), e.problem());
    }

    @Test
    void deepNestingHitsTheSafetyLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        var e = assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> StrictJson.mapper().readTree(deep));
        assertTrue(e.getMessage().contains("exceeds the maximum allowed (" + StrictJson.MAX_NESTING_DEPTH), e.getMessage());
        var chainError = fails(deep);
        assertEquals(1, chainError.line());
        assertTrue(chainError.problem().contains("ChainOfActivities"), chainError.problem());
    }

    @Test
    void hugeStringsHitTheSafetyLimit() {
        String big = "{\"formatVersion\": \"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"}";
        var e = fails(big);
        assertTrue(e.problem().startsWith("the document exceeds a safety limit"), e.problem());
    }

    @Test
    void unsupportedFormatVersionIsRejected() {
        var e = fails(TestChains.flagshipJson().replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""));
        assertTrue(e.problem().contains("format version '2.0' is not supported"), e.problem());
    }

    @Test
    void trailingContentIsRejected() {
        var e = fails(TestChains.flagshipJson() + "{}");
        assertTrue(e.problem().length() > 0);
    }

    @Test
    void shippedSchemaMatchesTheModel() throws Exception {
        try (var in = ChainSchema.class.getResourceAsStream("chain.schema.json")) {
            assertEquals(ChainSchema.json(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate chain.schema.json from ChainSchema.json() after a model change");
        }
    }
}
