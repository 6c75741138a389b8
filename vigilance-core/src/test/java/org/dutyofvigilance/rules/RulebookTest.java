package org.dutyofvigilance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RulebookTest {
    @Test
    void shippedRulebookLoadsEveryRegimeVersion() {
        Rulebook rules = Rulebook.shipped();
        Map<String, Integer> counts = new TreeMap<>();
        for (RuleSet rs : rules.ruleSets()) {
            counts.put(rs.id(), rs.obligations().size());
        }
        assertEquals(java.util.Set.of("csddd-2024-1760", "csddd-2026-470", "fr-vigilance-2017", "esrs-s2-2023",
                "pwd-2024-2831", "lksg-2021"), counts.keySet(), counts.toString());
        assertTrue(rules.obligation("CSDDD-2024-ART14-PROCEDURE").isPresent());
        assertEquals(LegalStatus.DELETED, rules.obligation("CSDDD-2026-ART22").orElseThrow().status());
    }
}
