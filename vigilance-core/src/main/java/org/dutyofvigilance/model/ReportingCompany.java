package org.dutyofvigilance.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * The company that publishes the vigilance plan: the root of the chain of activities.
 *
 * @param entityId              id of its own entry in {@code businessPartners} (role {@code BUYER})
 * @param name                  legal name
 * @param country               ISO 3166-1 alpha-2 code of the registered office
 * @param financialYears        size figures for at least the two last closed years
 * @param csrdReporter          whether it reports under the CSRD (exempts it from the CSDDD Art 16 statement)
 * @param listed                whether its shares are listed on a regulated market
 * @param policy                its due-diligence policy and code of conduct
 * @param publication           where and when the plan and its implementation report are published
 * @param climateTransitionPlan whether it has adopted a climate transition plan
 * @param confidential          names of fields of this record that the public edition leaves out
 */
public record ReportingCompany(
        String entityId,
        String name,
        String country,
        List<@Valid FinancialYear> financialYears,
        Optional<Boolean> csrdReporter,
        Optional<Boolean> listed,
        Optional<DueDiligencePolicy> policy,
        Optional<Publication> publication,
        Optional<Boolean> climateTransitionPlan,
        List<String> confidential) {
    public ReportingCompany {
        Values.requiredText(entityId, "reportingCompany.entityId");
        Values.requiredText(name, "reportingCompany.name");
        Values.requiredText(country, "reportingCompany.country");
        financialYears = Values.list(financialYears);
        csrdReporter = Values.fact(csrdReporter);
        listed = Values.fact(listed);
        policy = Values.fact(policy);
        publication = Values.fact(publication);
        climateTransitionPlan = Values.fact(climateTransitionPlan);
        confidential = Values.list(confidential);
    }
}
