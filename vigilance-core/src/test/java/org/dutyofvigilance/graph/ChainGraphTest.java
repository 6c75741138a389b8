package org.dutyofvigilance.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;

class ChainGraphTest {

    /** A chain of a buyer reporting for 2025, its own entity listed as a partner. */
    private static ChainBuilder buyer() {
        var company = new ReportingCompany("buyer", "Buyer SA", "FR", null, null, null, null, null, null, null);
        return ChainBuilder.forCompany(company,
                new ReportingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "EUR")
                .partner(BusinessPartner.of("buyer", "Buyer SA", "FR", PartnerRole.BUYER));
    }

    @Test
    void tiersAndRelationsFollowFromTheRelationships() {
        ChainGraph g = ChainGraph.of(TestChains.flagship());
        assertEquals(0, g.tier("aurore").getAsInt());
        assertEquals(1, g.tier("lumiere-ia").getAsInt());
        assertEquals(2, g.tier("datalabel").getAsInt());
        assertEquals(3, g.tier("kazi-data").getAsInt());
        assertEquals(PartnerRelation.OWN_OPERATIONS, g.relation("aurore"));
        assertEquals(PartnerRelation.DIRECT, g.relation("lumiere-ia"));
        assertEquals(PartnerRelation.INDIRECT, g.relation("kazi-data"));
        assertEquals(3, g.segmentsAt("kazi-data").size());
        assertEquals(3, g.maxTier());
    }

    @Test
    void sharedVendorHasOnePathPerPlatformAndTheShortestTier() {
        ChainOfActivities chain = buyer()
                .partner(BusinessPartner.of("sub", "Buyer Digital SAS", "FR", PartnerRole.SUBSIDIARY))
                .partner(BusinessPartner.of("p1", "Platform One", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of("p2", "Platform Two", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of("v", "Vendor", "KE", PartnerRole.VENDOR))
                .relationship(BusinessRelationship.of("r0", "buyer", "sub", ServiceType.OTHER))
                .relationship(BusinessRelationship.of("r1", "sub", "p1", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r2", "buyer", "p2", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r3", "p1", "v", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r4", "p2", "v", ServiceType.ANNOTATION))
                .build();
        ChainGraph g = ChainGraph.of(chain);
        assertEquals(PartnerRelation.SUBSIDIARY, g.relation("sub"));
        assertEquals(PartnerRelation.DIRECT, g.relation("p1"), "a subsidiary's supplier is a direct partner");
        assertEquals(2, g.tier("v").getAsInt());
        List<List<BusinessRelationship>> paths = g.pathsTo("v", 10);
        assertEquals(2, paths.size());
        assertTrue(paths.stream().allMatch(p -> p.get(0).customer().equals("buyer")));
        assertEquals(1, g.pathsTo("v", 1).size(), "path enumeration respects its limit");
        assertTrue(g.findCycle().isEmpty());
        List<int[]> nodes = new java.util.ArrayList<>();
        List<List<BusinessRelationship>> walked = g.pathsToNode(g.node("v"), 10, nodes);
        assertEquals(paths, walked);
        assertEquals(2, nodes.size());
        for (int k = 0; k < walked.size(); k++) {
            List<BusinessRelationship> path = walked.get(k);
            assertEquals(path.size() + 1, nodes.get(k).length);
            assertEquals(g.node("buyer"), nodes.get(k)[0], "the company's node comes first");
            for (int e = 0; e < path.size(); e++) {
                assertEquals(path.get(e).supplier(), g.entityOfNode(nodes.get(k)[e + 1]), "each supplier's node");
            }
        }
        int[] counts = g.pathCounts(10);
        assertEquals(2, counts[g.node("v")], "two paths counted without walking them");
        assertEquals(1, counts[g.node("p1")]);
        assertEquals(1, g.pathCounts(1)[g.node("v")], "counts are capped at the limit");
        assertEquals(1, counts[g.node("buyer")], "the company has the empty path");
    }

    @Test
    void pathsAreNotCountedWhenTheRelationshipsLoop() {
        ChainOfActivities chain = buyer()
                .partner(BusinessPartner.of("p1", "Platform One", "US", PartnerRole.DATA_PLATFORM))
                .partner(BusinessPartner.of("v", "Vendor", "KE", PartnerRole.VENDOR))
                .relationship(BusinessRelationship.of("r1", "buyer", "p1", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r2", "p1", "v", ServiceType.ANNOTATION))
                .relationship(BusinessRelationship.of("r3", "v", "p1", ServiceType.ANNOTATION))
                .build();
        ChainGraph g = ChainGraph.of(chain);
        assertTrue(g.findCycle().isPresent());
        assertEquals(null, g.pathCounts(10), "a loop makes the walk, not a count, the answer");
        assertEquals(1, g.pathsTo("v", 10).size());
    }
}
