package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The company's due-diligence policy (CSDDD Art 7; ESRS S2-1; LkSG policy statement).
 *
 * @param reference                 document id of the policy
 * @param version                   its version
 * @param adopted                   date of adoption
 * @param lastReviewed              date of the last review (Art 7: at least every 24 months)
 * @param employeesConsulted        whether employees were consulted when drawing it up
 * @param codeOfConduct             reference of the code of conduct for partners
 * @param coversForcedAndChildLabour whether it explicitly covers trafficking, forced and child labour
 * @param responsiblePerson         function responsible for human-rights due diligence
 */
public record DueDiligencePolicy(
        Optional<String> reference,
        Optional<String> version,
        Optional<LocalDate> adopted,
        Optional<LocalDate> lastReviewed,
        Optional<Boolean> employeesConsulted,
        Optional<String> codeOfConduct,
        Optional<Boolean> coversForcedAndChildLabour,
        Optional<String> responsiblePerson) {
    public DueDiligencePolicy {
        reference = Values.fact(reference);
        version = Values.fact(version);
        adopted = Values.fact(adopted);
        lastReviewed = Values.fact(lastReviewed);
        employeesConsulted = Values.fact(employeesConsulted);
        codeOfConduct = Values.fact(codeOfConduct);
        coversForcedAndChildLabour = Values.fact(coversForcedAndChildLabour);
        responsiblePerson = Values.fact(responsiblePerson);
    }
}
