package org.dutyofvigilance.completeness;

import static org.dutyofvigilance.testing.ChainFixtures.flagshipLike;
import static org.dutyofvigilance.testing.ChainFixtures.largeFrenchBuyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.rules.LegalStatus;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.testing.ChainFixtures;
import org.junit.jupiter.api.Test;

class DataRequestsTest {
    private static DataRequests requests(ChainOfActivities chain, String... ruleSets) {
        CompletenessReport r = Completeness.check(chain, Rulebook.shipped(),
                CompletenessOptions.defaults().withRuleSets(ruleSets));
        return DataRequests.from(r, chain);
    }

    private static DataRequest find(DataRequests d, String node, String field) {
        return d.requests().stream().filter(q -> q.nodeId().equals(node) && q.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(node + " " + field + " not in " + d.requests()));
    }

    @Test
    void requestsAreGroupedBySupplierInTierOrderWithTheirGrounds() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        DataRequests d = requests(chain, "csddd-2026-470", "fr-vigilance-2017");
        assertEquals(List.of("provider", "platform", "vendor"), List.copyOf(d.bySupplier().keySet()));
        DataRequest date = find(d, "platform", "partner.assessment.date");
        assertEquals(List.of("CSDDD-2026-ART15-PERIODIC", "CSDDD-2026-ART8-ASSESS", "FR-VIG-2"),
                date.grounds().stream().map(Ground::ruleId).toList());
        assertEquals(DisclosureStatus.MISSING, date.status());
        assertEquals("Please disclose 'partner.assessment.date' for your company (platform).", date.question().en());
        assertEquals("Merci de communiquer « partner.assessment.date » pour votre société (platform).",
                date.question().fr());
        assertTrue(d.requests().stream().noneMatch(q -> q.supplierId().equals("buyer")),
                "the reporting company's own gaps are not supplier questions");
        DataRequest relationship = find(d, "r1", "relationship.contractualAssurance");
        assertEquals("provider", relationship.supplierId());
        assertEquals(NodeKind.RELATIONSHIP, relationship.nodeKind());
    }

    @Test
    void smallVendorsGetCapTagsAndMayRefuseOnlyCsrdOnlyItemsAboveTheCap() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        DataRequests csddd = requests(chain, "csddd-2026-470");
        DataRequest age = find(csddd, "moderators", "segment.conditions.youngestWorkerAge");
        assertEquals(CapTag.ABOVE_CAP, age.cap(), "vendor has 400 employees: protected");
        assertFalse(age.refusable(), "asked for the CSDDD, which the cap does not govern");
        DataRequest channel = find(csddd, "moderators", "segment.grievanceMechanisms");
        assertEquals(CapTag.WITHIN_CAP, channel.cap());
        assertEquals(CapTag.NOT_PROTECTED, find(csddd, "platform", "partner.assessment.date").cap(), "3,000 employees");

        DataRequests esrs = requests(chain, "esrs-s2-2023");
        assertTrue(esrs.requests().stream().filter(q -> q.cap() == CapTag.ABOVE_CAP).allMatch(DataRequest::refusable));
        ChainOfActivities unknownSize = flagshipLike(largeFrenchBuyer())
                .partner(ChainFixtures.partner("dispatcher", "VE", PartnerRole.INTERMEDIARY, null, null))
                .relationship(BusinessRelationship.of("r5", "vendor", "dispatcher", ServiceType.ANNOTATION)).build();
        assertEquals(CapTag.SIZE_UNKNOWN,
                find(requests(unknownSize, "csddd-2026-470"), "dispatcher", "partner.assessment.date").cap());
    }

    @Test
    void refusableItemsTellTheSupplierItMayDecline() {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        ValueChainCap nothingWithin = ValueChainCap.vsme().withWithinCap(Set.of());
        CompletenessReport r = Completeness.check(chain, Rulebook.shipped(),
                CompletenessOptions.defaults().withRuleSets("esrs-s2-2023"));
        DataRequest q = DataRequests.from(r, chain, nothingWithin).requests().stream()
                .filter(x -> x.nodeId().equals("moderators") && x.field().equals("segment.grievanceMechanisms"))
                .findFirst().orElseThrow();
        assertEquals(CapTag.ABOVE_CAP, q.cap());
        assertTrue(q.refusable());
        assertTrue(q.question().en().endsWith("you may decline to provide it."));
    }

    @Test
    void shippedCapListIsADocumentedUnverifiedParameterCheckedAgainstTheModel() {
        ValueChainCap cap = ValueChainCap.vsme();
        assertEquals(1000, cap.maxEmployees());
        assertEquals(LegalStatus.UNVERIFIED, cap.status());
        assertTrue(cap.covers("segment.headcount.declared"));
        assertFalse(cap.covers("segment.pay"));
        assertThrows(IllegalArgumentException.class, () -> cap.withWithinCap(Set.of("segment.salary")));
    }

    @Test
    void csvFollowsRfc4180WithAStableColumnOrder() {
        ChainOfActivities chain = ChainFixtures.flagshipLike(largeFrenchBuyer())
                .partner(new org.dutyofvigilance.model.BusinessPartner("odd", "Quote \"Q\", Ltd", "KE",
                        PartnerRole.VENDOR, java.util.Optional.of(10), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), List.of()))
                .relationship(BusinessRelationship.of("r6", "platform", "odd", ServiceType.ANNOTATION)).build();
        String csv = requests(chain, "csddd-2026-470").toCsv();
        String[] lines = csv.split("\r\n", -1);
        assertEquals("supplier_id,supplier_name,tier,node_kind,node_id,field,status,cap,refusable,obligations,"
                + "citations,question_en,question_fr", lines[0]);
        assertEquals("", lines[lines.length - 1], "every record ends with CRLF");
        assertFalse(csv.replace("\r\n", "").contains("\n"), "no bare LF");
        String odd = java.util.Arrays.stream(lines).filter(l -> l.startsWith("odd,")).findFirst().orElseThrow();
        assertTrue(odd.startsWith("odd,\"Quote \"\"Q\"\", Ltd\",3,partner,odd,"), odd);
        assertEquals("\"a,b\"", DataRequests.csv("a,b"));
        assertEquals("\"x\r\ny\"", DataRequests.csv("x\r\ny"));
        assertEquals("plain", DataRequests.csv("plain"));
    }

    @Test
    void jsonIsGroupedBySupplierAndDeterministic() throws Exception {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        String json = requests(chain, "csddd-2026-470").toJson();
        assertEquals(json, requests(chain, "csddd-2026-470").toJson());
        assertFalse(json.contains("\r"));
        JsonNode root = StrictJson.mapper().readTree(json);
        assertEquals("vigilance-data-requests", root.get("format").asText());
        JsonNode vendor = root.get("suppliers").get(2);
        assertEquals("vendor", vendor.get("id").asText());
        assertEquals(3, vendor.get("tier").asInt());
        JsonNode first = vendor.get("requests").get(0);
        assertEquals(List.of("nodeKind", "node", "field", "status", "cap", "refusable", "grounds", "question"),
                iterable(first.fieldNames()));
        assertEquals(List.of("rule", "citation", "ruleSet", "severity"), iterable(first.get("grounds").get(0).fieldNames()));
    }

    @Test
    void findingsJsonHasTheDocumentedShape() throws Exception {
        ChainOfActivities chain = flagshipLike(largeFrenchBuyer()).build();
        CompletenessReport r = Completeness.check(chain);
        JsonNode root = StrictJson.mapper().readTree(CompletenessJson.write(r));
        assertEquals(List.of("format", "formatVersion", "reportingCompany", "asOf", "verdict", "ruleSets", "scope",
                "coverage", "findings"), iterable(root.fieldNames()));
        assertEquals("incomplete", root.get("verdict").asText());
        assertEquals(List.of("rule", "ruleSet", "ruleSetVersion", "regime", "citation", "severity", "nodeKind", "node",
                "entity", "tier", "field", "status", "detail"), iterable(root.get("findings").get(0).fieldNames()));
        assertEquals(r.overall().percent(), root.get("coverage").get("overall").get("percent").decimalValue());
        assertEquals(r.findings().size(), root.get("findings").size());
        assertTrue(root.get("scope").get(0).get("reasons").get(0).has("fr"));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
