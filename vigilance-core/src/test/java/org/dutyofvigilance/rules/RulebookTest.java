package org.dutyofvigilance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookTest {
    /** A minimal valid user rule file; {@code %s} is replaced by the obligation JSON. */
    static String userFile(String id, String obligations) {
        return """
                {
                  "formatVersion": "1.0",
                  "id": "%s",
                  "regime": "csddd",
                  "title": {"en": "Company rules", "fr": "Règles maison"},
                  "version": "2026-1",
                  "date": "2026-01-01",
                  "status": "in_force",
                  "sources": [{"key": "OWN", "reference": "internal policy"}],
                  "parameters": {"months": {"value": 6, "status": "unverified", "note": {"en": "n", "fr": "n"}}},
                  "obligations": [%s]
                }
                """.formatted(id, obligations);
    }

    static String obligation(String id, String citation, String fact) {
        return """
                {"id": "%s", "citation": "%s",
                 "title": {"en": "Pay", "fr": "Salaire"}, "paraphrase": {"en": "Pay", "fr": "Salaire"},
                 "appliesTo": {"node": "segment"}, "requiredFacts": ["%s"], "severity": "high", "sources": ["OWN"]}
                """.formatted(id, citation, fact);
    }

    private static RuleFileException reject(String name, String json) {
        return assertThrows(RuleFileException.class, () -> Rulebook.builder().json(name, json).build());
    }

    @Test
    void shippedRulebookHoldsEveryRegimeVersion() {
        Rulebook rules = Rulebook.shipped();
        Map<String, Integer> counts = new TreeMap<>();
        for (RuleSet rs : rules.ruleSets()) {
            counts.put(rs.id(), rs.obligations().size());
        }
        assertEquals(Map.of("csddd-2024-1760", 24, "csddd-2026-470", 24, "fr-vigilance-2017", 8,
                "esrs-s2-2023", 6, "pwd-2024-2831", 5, "lksg-2021", 8), counts);
        assertSame(rules, Rulebook.shipped(), "loaded once");
    }

    @Test
    void amendedCsdddDeletesTheTransitionPlanDutyAndKeepsMonitoringAsAParameter() {
        Rulebook rules = Rulebook.shipped();
        assertEquals(LegalStatus.DELETED, rules.obligation("CSDDD-2026-ART22").orElseThrow().status());
        assertEquals(LegalStatus.IN_FORCE, rules.obligation("CSDDD-2024-ART22").orElseThrow().status());
        RuleSet amended = rules.ruleSet("csddd-2026-470").orElseThrow();
        Parameter monitoring = amended.parameter("monitoringIntervalMonths").orElseThrow();
        assertEquals(0, monitoring.value().compareTo(BigDecimal.valueOf(12)));
        assertEquals(LegalStatus.UNVERIFIED, monitoring.status());
        assertEquals(LegalStatus.SUPERSEDED, rules.ruleSet("csddd-2024-1760").orElseThrow().status());
        assertEquals("csddd-2026-470", rules.ruleSet("csddd-2024-1760").orElseThrow().supersededBy().orElseThrow());
    }

    @Test
    void everyShippedObligationHasBothLanguagesAndAWellFormedCitation() {
        for (Obligation o : Rulebook.shipped().obligations()) {
            assertFalse(o.paraphrase().en().isBlank(), o.id());
            assertFalse(o.paraphrase().fr().isBlank(), o.id());
            assertTrue(o.regime().acceptsCitation(o.citation()), o.id());
            assertFalse(o.sources().isEmpty(), o.id());
        }
    }

    @Test
    void lksgIsMarkedWithItsPendingAmendment() {
        RuleSet lksg = Rulebook.shipped().ruleSet("lksg-2021").orElseThrow();
        assertEquals(LegalStatus.AMENDMENT_PENDING, lksg.status());
        assertEquals(LegalStatus.AMENDMENT_PENDING, Rulebook.shipped().obligation("LKSG-10").orElseThrow().status());
    }

    @Test
    void unknownFactKeyIsRejectedWithFileObligationAndValidFields() {
        RuleFileException e = reject("mine.json",
                userFile("mine", obligation("OWN-PAY", "Art. 8", "segment.payy")));
        assertEquals("mine.json", e.file());
        assertTrue(e.getMessage().startsWith("mine.json: rule set mine, obligation OWN-PAY: unknown fact key "
                + "'segment.payy': 'payy' is not a field of WorkforceSegment (fields: id, entity, name, headcount,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("actions, incidents)"), "derived keys are listed: " + e.getMessage());
    }

    @Test
    void nestedFactKeysAreCheckedThroughOptionalRecords() {
        RuleFileException e = reject("mine.json",
                userFile("mine", obligation("OWN-HARM", "Art. 8", "segment.conditions.harmfulHours")));
        assertTrue(e.getMessage().contains("'harmfulHours' is not a field of WorkingConditions"), e.getMessage());
        RuleFileException wrongRoot = reject("mine.json",
                userFile("mine", obligation("OWN-HARM", "Art. 8", "partner.employees")));
        assertTrue(wrongRoot.getMessage().contains("a segment rule must start with segment."), wrongRoot.getMessage());
    }

    @Test
    void duplicateObligationIdIsRejectedWithinAFile() {
        RuleFileException e = reject("dup.json", userFile("dup", obligation("OWN-PAY", "Art. 8", "segment.pay")
                + "," + obligation("OWN-PAY", "Art. 9", "segment.countries")));
        assertEquals("dup.json: rule set dup, obligation OWN-PAY: duplicate obligation id 'OWN-PAY'", e.getMessage());
    }

    @Test
    void duplicateObligationIdIsRejectedAcrossFiles() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> Rulebook.builder().shipped()
                .json("mine.json", userFile("mine", obligation("CSDDD-2026-ART9", "Art. 9", "segment.pay")))
                .build());
        assertEquals("mine.json: rule set mine, obligation CSDDD-2026-ART9: duplicate obligation id, already "
                + "defined in csddd-2026-470.json", e.getMessage());
    }

    @Test
    void badCitationIsRejectedWithTheRegimeGrammar() {
        RuleFileException e = reject("cite.json", userFile("cite", obligation("OWN-PAY", "Article 8", "segment.pay")));
        assertEquals("cite.json: rule set cite, obligation OWN-PAY: bad citation 'Article 8': a csddd citation "
                + "must be 'Art. <n>…' or 'Annex I…'", e.getMessage());
    }

    @Test
    void citationGrammarsDifferPerRegime() {
        assertTrue(Regime.FR_DUTY_OF_VIGILANCE.acceptsCitation("L. 225-102-4, I, 4°"));
        assertFalse(Regime.FR_DUTY_OF_VIGILANCE.acceptsCitation("Art. 4"));
        assertTrue(Regime.LKSG.acceptsCitation("§ 5(1)"));
        assertFalse(Regime.LKSG.acceptsCitation("Art. 5"));
        assertTrue(Regime.ESRS_S2.acceptsCitation("ESRS S2-3"));
        assertFalse(Regime.ESRS_S2.acceptsCitation("S2-3"));
        assertTrue(Regime.CSDDD.acceptsCitation("Annex I, Part I"));
    }

    @Test
    void jsonSyntaxErrorGivesLineAndColumn() {
        RuleFileException e = reject("broken.json", "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"x\" \"regime\"\n}");
        assertTrue(e.getMessage().startsWith("broken.json: JSON syntax error at line 3, column 13:"), e.getMessage());
    }

    @Test
    void unknownPropertyIsRejected() {
        RuleFileException e = reject("extra.json", userFile("extra", obligation("OWN-PAY", "Art. 8", "segment.pay")
                .replace("\"severity\"", "\"weight\": 1, \"severity\"")));
        assertTrue(e.getMessage().contains("obligation OWN-PAY: unknown property 'weight' in obligation"),
                e.getMessage());
    }

    @Test
    void conditionValuesAreCheckedAgainstTheFactType() {
        String ob = obligation("OWN-PIECE", "Art. 8", "segment.pay.taskMinutes").replace("{\"node\": \"segment\"}",
                "{\"node\": \"segment\", \"when\": [{\"fact\": \"segment.pay.per\", \"op\": \"eq\", \"value\": \"piece\"}]}");
        RuleFileException e = reject("cond.json", userFile("cond", ob));
        assertTrue(e.getMessage().contains("value \"piece\" for 'segment.pay.per' must be one of [hour, day, month, year, task]"),
                e.getMessage());
        String gt = obligation("OWN-GT", "Art. 8", "segment.pay").replace("{\"node\": \"segment\"}",
                "{\"node\": \"segment\", \"when\": [{\"fact\": \"segment.pay.currency\", \"op\": \"gt\", \"value\": \"EUR\"}]}");
        assertTrue(reject("cond.json", userFile("cond", gt)).getMessage().contains("op 'gt' needs a number or a date"));
    }

    @Test
    void unknownSourceKeyIsRejected() {
        RuleFileException e = reject("src.json", userFile("src", obligation("OWN-PAY", "Art. 8", "segment.pay")
                .replace("[\"OWN\"]", "[\"NOPE\"]")));
        assertTrue(e.getMessage().contains("unknown source key \"NOPE\""), e.getMessage());
    }

    @Test
    void userRuleFileLoadsBesideShippedOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("company.json");
        Files.writeString(file, userFile("company-rules", obligation("OWN-PAY", "Art. 8", "segment.pay")));
        Rulebook rules = Rulebook.builder().shipped().file(file).build();
        assertEquals(7, rules.ruleSets().size());
        assertEquals("company-rules", rules.obligation("OWN-PAY").orElseThrow().ruleSetId());
        assertEquals(file.toString(), rules.ruleSet("company-rules").orElseThrow().file());
    }

    @Test
    void aShippedRuleSetCanBeReplacedByTheUsersVersion() {
        RuleFileException clash = assertThrows(RuleFileException.class, () -> Rulebook.builder().shipped()
                .json("lksg.json", userFile("lksg-2021", obligation("OWN-PAY", "Art. 8", "segment.pay"))).build());
        assertTrue(clash.getMessage().contains("duplicate rule set id 'lksg-2021'"), clash.getMessage());
        Rulebook rules = Rulebook.builder().shipped().without("lksg-2021")
                .json("lksg.json", userFile("lksg-2021", obligation("OWN-PAY", "Art. 8", "segment.pay"))).build();
        assertTrue(rules.obligation("LKSG-5").isEmpty());
        assertTrue(rules.obligation("OWN-PAY").isPresent());
    }

    @Test
    void parametersCanBeOverriddenButOnlyIfDeclared() {
        Rulebook rules = Rulebook.builder().shipped()
                .parameter("csddd-2026-470", "monitoringIntervalMonths", BigDecimal.valueOf(60)).build();
        Parameter p = rules.ruleSet("csddd-2026-470").orElseThrow().parameter("monitoringIntervalMonths").orElseThrow();
        assertTrue(p.overridden());
        RequiredFact periodic = rules.obligation("CSDDD-2026-ART15-PERIODIC").orElseThrow().requiredFacts().get(0);
        assertEquals(60, periodic.maxAgeMonths().getAsInt());
        RuleFileException e = assertThrows(RuleFileException.class, () -> Rulebook.builder().shipped()
                .parameter("csddd-2026-470", "monitoringFrequency", BigDecimal.ONE).build());
        assertTrue(e.getMessage().contains("cannot override unknown parameter 'monitoringFrequency'"), e.getMessage());
    }

    @Test
    void factKeysAreValidatedAgainstTheModelByReflection() {
        assertEquals(java.time.LocalDate.class, FactPath.parse("partner.assessment.date", NodeKind.PARTNER).leafType());
        assertEquals(BigDecimal.class,
                FactPath.parse("segment.conditions.harmfulContentHoursPerDay", NodeKind.SEGMENT).leafType());
        assertEquals(Boolean.class, FactPath.parse("partner.inbound.contractualAssurance", NodeKind.PARTNER).leafType());
        assertEquals(java.time.LocalDate.class, FactPath.parse("company.policy.lastReviewed", NodeKind.COMPANY).leafType());
        assertThrows(IllegalArgumentException.class, () -> FactPath.parse("segment.pay.amount.scale", NodeKind.SEGMENT));
    }
}
