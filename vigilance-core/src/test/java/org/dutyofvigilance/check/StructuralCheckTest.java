package org.dutyofvigilance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;

class StructuralCheckTest {

    private static List<Finding> check(String json) {
        return StructuralCheck.check(ChainJson.read(json, "t.json"));
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + rule + " in " + findings);
        return matching.get(0);
    }

    private static String flagship() {
        return TestChains.flagshipJson();
    }

    @Test
    void flagshipIsStructurallySound() {
        List<Finding> findings = StructuralCheck.check(TestChains.flagship());
        assertEquals(List.of(), findings);
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        Finding f = only(check(flagship().replace("\"id\": \"gm-kazi-hr\"", "\"id\": \"kazi-data\"")
                .replace("\"gm-kazi-hr\"", "\"kazi-data\"")), "STRUCT-DUPLICATE-ID");
        assertEquals("kazi-data", f.nodeId());
        assertEquals("id 'kazi-data' is used twice, at businessPartners[3] and at grievanceMechanisms[1];"
                + " give every node its own id", f.message());
    }

    @Test
    void danglingReferenceNamesNodeAndField() {
        Finding f = only(check(flagship().replace("\"entity\": \"kazi-data\", \"name\": \"Text annotators\"",
                "\"entity\": \"kazi-dta\", \"name\": \"Text annotators\"")), "STRUCT-DANGLING-REFERENCE");
        assertEquals("seg-kazi-annotators", f.nodeId());
        assertEquals("entity", f.field());
        assertEquals("entity refers to business partner 'kazi-dta', which is not in the file;"
                + " fix the id or add the business partner", f.message());
    }

    @Test
    void cycleIsNamedAsALoop() {
        String json = flagship().replace("\"relationships\": [",
                "\"relationships\": [ { \"id\": \"rel-back\", \"customer\": \"kazi-data\", \"supplier\": \"lumiere-ia\" },");
        Finding f = only(check(json), "STRUCT-CYCLE");
        assertTrue(f.message().startsWith("the relationships form a loop: "), f.message());
        assertTrue(f.message().contains("lumiere-ia -> datalabel -> kazi-data -> lumiere-ia")
                || f.message().contains("datalabel -> kazi-data -> lumiere-ia -> datalabel")
                || f.message().contains("kazi-data -> lumiere-ia -> datalabel -> kazi-data"), f.message());
    }

    @Test
    void selfReferenceIsAnError() {
        String json = flagship().replace("\"relationships\": [",
                "\"relationships\": [ { \"id\": \"rel-self\", \"customer\": \"kazi-data\", \"supplier\": \"kazi-data\" },");
        Finding f = only(check(json), "STRUCT-SELF-REFERENCE");
        assertEquals("rel-self", f.nodeId());
        assertTrue(check(json).stream().anyMatch(x -> x.rule().equals("STRUCT-CYCLE")));
    }

    @Test
    void negativePayIsAFieldFinding() {
        Finding f = only(check(flagship().replace("\"amount\": 1.5,", "\"amount\": -1.5,")), "STRUCT-FIELD-RANGE");
        assertEquals("seg-kazi-moderators", f.nodeId());
        assertEquals("pay.amount", f.field());
        assertEquals("pay.amount must be greater than or equal to 0 (found -1.5);"
                + " correct the value or leave the field out if it is not known", f.message());
    }

    @Test
    void hoursBeyondTheWeekAreRejected() {
        Finding f = only(check(flagship().replace("\"hoursPerWeek\": 39", "\"hoursPerWeek\": 200")), "STRUCT-FIELD-RANGE");
        assertEquals("seg-lumiere-scientists", f.nodeId());
        assertEquals("conditions.hoursPerWeek", f.field());
    }

    @Test
    void unknownCurrencyIsNamed() {
        Finding f = only(check(flagship().replace("\"amount\": 2.2, \"currency\": \"USD\"", "\"amount\": 2.2, \"currency\": \"DOL\"")),
                "STRUCT-UNKNOWN-CURRENCY");
        assertEquals("seg-kazi-moderators-foreign", f.nodeId());
        assertEquals("pay.currency", f.field());
        assertEquals("'DOL' is not an ISO 4217 currency code; use three capital letters such as EUR, USD or KES", f.message());
    }

    @Test
    void missingRateForAUsedCurrencyIsNamed() {
        String json = flagship().replaceAll("\\{ \"from\": \"USD\"[^}]*\\},", "");
        Finding f = only(check(json), "STRUCT-MISSING-RATE");
        assertEquals("amounts in USD are used but there is no exchange rate between USD and the report currency EUR;"
                + " add it to exchangeRates with its date and source", f.message());
        assertEquals("rel-lumiere-datalabel", f.nodeId());
        assertEquals("contractedRate.currency", f.field());
    }

    @Test
    void unknownCountryIsNamed() {
        Finding f = only(check(flagship().replace("\"country\": \"KE\"", "\"country\": \"KN\"")
                .replace("\"country\": \"KN\", \"role\": \"vendor\"", "\"country\": \"XK\", \"role\": \"vendor\"")), "STRUCT-UNKNOWN-COUNTRY");
        assertEquals("kazi-data", f.nodeId());
    }

    @Test
    void idsWithControlCharactersAreRejected() {
        Finding f = only(check(flagship().replace("\"id\": \"ev-kazi-self-declaration\"", "\"id\": \"ev-kazi\\u0007\"")),
                "STRUCT-ID-SYNTAX");
        assertTrue(f.message().contains("contains a control character (U+0007)"), f.message());
        assertEquals("ev-kazi\\u0007", f.nodeId());
    }

    @Test
    void datesInTheYearZeroAreRejected() {
        Finding f = only(check(flagship().replace("\"2025-04-11\"", "\"0000-04-11\"")), "STRUCT-DATE-RANGE");
        assertEquals("inc-organiser-dismissed", f.nodeId());
        assertEquals("date", f.field());
    }

    @Test
    void misspeltConfidentialFieldIsAnError() {
        Finding f = only(check(flagship().replace("\"since\": \"2023-07-01\" }", "\"since\": \"2023-07-01\", \"confidential\": [\"contractRate\"] }")),
                "STRUCT-CONFIDENTIAL-FIELD");
        assertEquals("rel-datalabel-kazi", f.nodeId());
        assertTrue(f.message().contains("contractedRate"), f.message());
    }

    @Test
    void rootMustBeTheOnlyBuyer() {
        var company = new ReportingCompany("me", "Me SA", "FR", null, null, null, null, null, null, null);
        ChainOfActivities chain = ChainBuilder.forCompany(company, new ReportingPeriod(java.time.LocalDate.of(2025, 1, 1),
                        java.time.LocalDate.of(2025, 12, 31)), "EUR")
                .partner(BusinessPartner.of("me", "Me SA", "FR", PartnerRole.VENDOR))
                .partner(BusinessPartner.of("other", "Other SA", "FR", PartnerRole.BUYER))
                .relationship(BusinessRelationship.of("r", "other", "me", ServiceType.OTHER))
                .build();
        List<Finding> findings = StructuralCheck.check(chain);
        List<String> messages = new ArrayList<>();
        findings.stream().filter(x -> x.rule().equals("STRUCT-ROOT")).forEach(x -> messages.add(x.message()));
        assertTrue(messages.contains("the reporting company's entity must have role 'buyer', not 'vendor'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("the reporting company is the supplier")), messages.toString());
        assertTrue(StructuralCheck.hasErrors(findings));
    }

    @Test
    void unconnectedPartnerIsAWarningNotAnError() {
        String json = flagship().replace("\"businessPartners\": [",
                "\"businessPartners\": [ { \"id\": \"orphan\", \"legalName\": \"Orphan Ltd\", \"country\": \"PH\", \"role\": \"vendor\" },");
        List<Finding> findings = check(json);
        Finding f = only(findings, "STRUCT-UNCONNECTED");
        assertEquals(Severity.WARNING, f.severity());
        assertFalse(StructuralCheck.hasErrors(findings));
    }

    @Test
    void longCycleIsFoundWithoutDeepRecursion() {
        var company = new ReportingCompany("root", "Root SA", "FR", null, null, null, null, null, null, null);
        ChainBuilder b = ChainBuilder.forCompany(company, new ReportingPeriod(java.time.LocalDate.of(2025, 1, 1),
                java.time.LocalDate.of(2025, 12, 31)), "EUR");
        b.partner(BusinessPartner.of("root", "Root SA", "FR", PartnerRole.BUYER));
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            b.partner(BusinessPartner.of("p" + i, "P " + i, "KE", PartnerRole.VENDOR));
            b.relationship(BusinessRelationship.of("r" + i, "p" + i, "p" + ((i + 1) % n), ServiceType.ANNOTATION));
        }
        b.relationship(BusinessRelationship.of("r-root", "root", "p0", ServiceType.ANNOTATION));
        Finding f = only(StructuralCheck.check(b.build()), "STRUCT-CYCLE");
        assertTrue(f.message().contains("(10000 entities)"), f.message());
    }
}
