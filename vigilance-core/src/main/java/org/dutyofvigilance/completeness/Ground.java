package org.dutyofvigilance.completeness;

import java.util.Objects;
import org.dutyofvigilance.rules.Severity;

/**
 * One obligation behind a data request: why the question is asked. Listed in {@link DataRequest#grounds()}.
 *
 * @param ruleId    the obligation's id
 * @param citation  its article
 * @param ruleSetId its rule set
 * @param severity  its severity
 */
public record Ground(String ruleId, String citation, String ruleSetId, Severity severity) {
    public Ground {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(severity, "severity");
    }
}
