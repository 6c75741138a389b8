package org.dutyofvigilance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void undisclosedFactsAreEmptyNotZero() {
        WorkforceSegment s = new WorkforceSegment("s", "e", "Annotators", null, null, null, null, null, null, null,
                null, null, null);
        assertTrue(s.pay().isEmpty());
        assertTrue(s.headcount().best().isEmpty());
        assertTrue(s.conditions().harmfulContentHoursPerDay().isEmpty());
        assertEquals(List.of(), s.countries());
    }

    @Test
    void collectionsAreCopiedAndReadOnly() {
        List<String> countries = new ArrayList<>(List.of("KE"));
        WorkforceSegment s = new WorkforceSegment("s", "e", "Annotators", null, countries, null, null, null, null, null,
                null, null, null);
        countries.add("PH");
        assertEquals(List.of("KE"), s.countries());
        assertThrows(UnsupportedOperationException.class, () -> s.countries().add("FR"));
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        var e = assertThrows(NullPointerException.class, () -> BusinessPartner.of("p", null, "KE", PartnerRole.VENDOR));
        assertEquals("required field 'legalName' is missing", e.getMessage());
        var blank = assertThrows(IllegalArgumentException.class, () -> BusinessPartner.of(" ", "X", "KE", PartnerRole.VENDOR));
        assertEquals("required field 'id' is blank", blank.getMessage());
    }

    @Test
    void headcountPrefersTheIndependentEstimate() {
        assertEquals(Optional.of(200), new Headcount(Optional.of(180), Optional.of(200)).best());
        assertEquals(Optional.of(180), new Headcount(Optional.of(180), Optional.empty()).best());
    }

    @Test
    void evidenceWithoutFieldsCoversTheWholeNode() {
        Evidence all = new Evidence("e", "s", null, SourceKind.AUDIT, java.time.LocalDate.of(2025, 1, 1), "Audit 2025");
        Evidence pay = new Evidence("e2", "s", List.of("pay"), SourceKind.AUDIT, java.time.LocalDate.of(2025, 1, 1), "Audit");
        assertTrue(all.covers("conditions"));
        assertTrue(pay.covers("pay"));
        assertTrue(!pay.covers("conditions"));
    }
}
