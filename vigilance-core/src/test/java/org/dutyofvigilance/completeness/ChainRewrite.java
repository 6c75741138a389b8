package org.dutyofvigilance.completeness;

import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.ChainOfActivities;

/** Test helper: a copy of a chain with one partner replaced. */
final class ChainRewrite {
    private ChainRewrite() {
    }

    static ChainOfActivities replacePartner(ChainOfActivities c, BusinessPartner p) {
        List<BusinessPartner> partners = new ArrayList<>();
        for (BusinessPartner x : c.businessPartners()) {
            partners.add(x.id().equals(p.id()) ? p : x);
        }
        return new ChainOfActivities(c.formatVersion(), c.reportingCompany(), c.reportingPeriod(), c.reportCurrency(),
                c.exchangeRates(), partners, c.relationships(), c.workforceSegments(), c.grievanceMechanisms(),
                c.incidents(), c.environmentalFacts(), c.actions(), c.stakeholderConsultations(),
                c.monitoringIndicators(), c.evidence(), c.notes());
    }
}
