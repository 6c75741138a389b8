package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dutyofvigilance.completeness.Verdict;

/**
 * What the summary states before anything else: the overall verdict of the assessment, the overall
 * disclosure completeness and the headline figures. Made by {@link PlanInputs#complete} and passed in with
 * {@link PlanSources#withOverview}.
 *
 * @param verdict      complete, incomplete or invalid input
 * @param completeness overall completeness percentage (one decimal), when the obligations were checked
 * @param headlines    the headline figures, in the order shown
 */
public record Overview(Verdict verdict, Optional<BigDecimal> completeness, List<Headline> headlines) {
    public Overview {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(completeness, "completeness");
        headlines = List.copyOf(headlines);
    }
}
