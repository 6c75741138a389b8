package org.dutyofvigilance.measure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The severity of an adverse impact, scored on three criteria (scale, scope, irremediability: the data the
 * rulebook asks for under CSDDD Art. 9), each from 1 to the rules' maximum; the score is their weighted mean. Part of a {@link Risk}.
 *
 * @param scale           gravity of the harm
 * @param scope           how many people (or how wide an area) it reaches
 * @param irremediability how hard it is to restore the situation
 * @param score           weighted mean of the three, rounded to two decimals
 */
public record RiskSeverity(int scale, int scope, int irremediability, BigDecimal score) {
    public RiskSeverity {
        Objects.requireNonNull(score, "score");
    }
}
