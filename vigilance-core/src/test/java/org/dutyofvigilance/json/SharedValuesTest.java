package org.dutyofvigilance.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;

class SharedValuesTest {
    private static final ObjectMapper MAPPER = StrictJson.mapper();

    record Row(String id, String partner, BigDecimal amount, LocalDate date, Optional<Integer> count, Optional<String> note,
            Optional<BigDecimal> hours, Optional<ServiceType> task, List<String> countries, List<ServiceType> tasks) {
    }

    private static List<Row> read(String json) throws Exception {
        return List.of(MAPPER.readValue(json, Row[].class));
    }

    @Test
    void equalValuesOfOneReadAreOneInstance() throws Exception {
        String row = "{\"id\": \"%s\", \"partner\": \"kazi\", \"amount\": 1.5, \"date\": \"2025-12-31\","
                + " \"count\": 1000, \"note\": \"see annex\", \"hours\": 8.0, \"task\": \"content_moderation\","
                + " \"countries\": [\"KE\", \"UG\"], \"tasks\": [\"annotation\"]}";
        List<Row> rows = read("[" + row.formatted("a") + ", " + row.formatted("b") + "]");
        Row a = rows.get(0);
        Row b = rows.get(1);
        assertEquals("a", a.id());
        assertEquals("b", b.id());
        assertSame(a.partner(), b.partner());
        assertSame(a.amount(), b.amount());
        assertSame(a.date(), b.date());
        assertSame(a.count(), b.count());
        assertSame(a.note(), b.note());
        assertSame(a.hours(), b.hours());
        assertSame(a.task(), b.task());
        assertSame(a.countries(), b.countries());
        assertSame(a.tasks(), b.tasks());
        assertEquals(List.of("KE", "UG"), a.countries());
        assertThrows(UnsupportedOperationException.class, () -> a.countries().add("FR"));
    }

    @Test
    void valuesThatDifferOnlyInScaleStayApart() throws Exception {
        List<Row> rows = read("[{\"amount\": 1.5, \"hours\": 8}, {\"amount\": 1.50, \"hours\": 8.0}]");
        assertEquals(new BigDecimal("1.5"), rows.get(0).amount());
        assertEquals(new BigDecimal("1.50"), rows.get(1).amount());
        assertNotSame(rows.get(0).hours(), rows.get(1).hours());
        assertEquals(0, rows.get(1).hours().orElseThrow().compareTo(BigDecimal.valueOf(8)));
        assertEquals(1, rows.get(1).hours().orElseThrow().scale());
    }

    @Test
    void separateReadsShareNothing() throws Exception {
        String json = "[{\"partner\": \"kazi\"}]";
        assertNotSame(read(json).get(0).partner(), read(json).get(0).partner());
    }

    @Test
    void longTextsAndEscapesAreReadExactly() throws Exception {
        String longText = "x".repeat(SharedTable.MAX_SHARED_LENGTH + 1);
        List<Row> rows = read("[{\"partner\": \"" + longText + "\", \"note\": \"caf\\u00e9 \\\"q\\\"\"},"
                + " {\"partner\": \"" + longText + "\", \"note\": \"café \\\"q\\\"\"}]");
        assertEquals(longText, rows.get(0).partner());
        assertNotSame(rows.get(0).partner(), rows.get(1).partner());
        assertEquals("café \"q\"", rows.get(0).note().orElseThrow());
        assertSame(rows.get(0).note(), rows.get(1).note());
    }

    @Test
    void nullsAndWrongTypesFailAsBefore() throws Exception {
        assertEquals(Optional.empty(), read("[{\"note\": null}]").get(0).note());
        var e = assertThrows(MismatchedInputException.class, () -> read("[{\"partner\": 12}]"));
        assertEquals(String.class, e.getTargetType());
        var list = read("[{\"countries\": [\"KE\", null]}]").get(0).countries();
        assertTrue(list.contains(null), "a list holding a null is left for the model to refuse");
    }

    @Test
    void aChainFileSharesItsIdsAndLists() {
        ChainOfActivities chain = ChainJson.read(TestChains.flagshipJson(), "flagship.json");
        assertEquals(3, chain.relationships().size());
        for (var relationship : chain.relationships()) {
            var supplier = chain.businessPartners().stream().filter(p -> p.id().equals(relationship.supplier()))
                    .findFirst().orElseThrow();
            assertSame(supplier.id(), relationship.supplier(), relationship.id());
        }
    }
}
