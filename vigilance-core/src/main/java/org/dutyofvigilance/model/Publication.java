package org.dutyofvigilance.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the vigilance plan and its report on implementation are made public (L.225-102-4; CSDDD Art 16).
 *
 * @param url                   address of the published statement
 * @param published             date of publication
 * @param inManagementReport    whether the plan is included in the management report (rapport de gestion)
 * @param implementationReport  the report on effective implementation (compte rendu), as text
 */
public record Publication(
        Optional<String> url,
        Optional<LocalDate> published,
        Optional<Boolean> inManagementReport,
        Optional<String> implementationReport) {
    public Publication {
        url = Values.fact(url);
        published = Values.fact(published);
        inManagementReport = Values.fact(inManagementReport);
        implementationReport = Values.fact(implementationReport);
    }
}
