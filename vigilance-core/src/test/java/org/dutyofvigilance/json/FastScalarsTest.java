package org.dutyofvigilance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.dutyofvigilance.model.PartnerRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastScalarsTest {
    /** The library's mapper, and the same configuration without the fast paths, as the reference. */
    private static final ObjectMapper FAST = StrictJson.mapper();
    private static final ObjectMapper REFERENCE = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();

    record Holder(PartnerRole role, LocalDate date) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "0000-01-01", "9999-12-31", "1970-01-01", "2026-11-22"})
    void datesAsJacksonReadsThem(String date) throws Exception {
        String json = "{\"date\": \"" + date + "\"}";
        assertEquals(REFERENCE.readValue(json, Holder.class).date(), FAST.readValue(json, Holder.class).date());
        assertEquals(LocalDate.parse(date), FastScalars.IsoDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-1-01", "2024-01-1x", "+2024-01-01", "2024/01/01",
            "2024-01-00", "２０２４-01-01"})
    void anythingElseIsLeftToJacksonAndFailsAsBefore(String date) {
        assertNull(FastScalars.IsoDate.parse(date));
        String json = "{\"date\": \"" + date + "\"}";
        var expected = assertThrows(Exception.class, () -> REFERENCE.readValue(json, Holder.class));
        var actual = assertThrows(Exception.class, () -> FAST.readValue(json, Holder.class));
        assertEquals(expected.getClass(), actual.getClass());
    }

    @Test
    void enumerationsByLowerCaseNameAndStillCaseInsensitive() throws Exception {
        for (PartnerRole role : PartnerRole.values()) {
            for (String spelling : List.of(role.name().toLowerCase(java.util.Locale.ROOT), role.name())) {
                assertEquals(role, FAST.readValue("{\"role\": \"" + spelling + "\"}", Holder.class).role());
            }
        }
        var e = assertThrows(InvalidFormatException.class, () -> FAST.readValue("{\"role\": \"vendorr\"}", Holder.class));
        assertTrue(e.getOriginalMessage().contains("vendorr"), e.getOriginalMessage());
    }
}
