package org.dutyofvigilance.completeness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of applicable findings by status and the resulting completeness percentage, for one obligation,
 * one tier or the whole chain ({@link CompletenessReport#overall()}). A disclosed fact counts 1, a partly
 * disclosed or stale one ½, a missing one 0; "not applicable" findings are not counted. With nothing
 * applicable the percentage is 100.
 *
 * @param applicable how many findings are applicable
 * @param disclosed  how many are disclosed
 * @param partly     how many are partly disclosed
 * @param stale      how many are stale
 * @param missing    how many are missing
 */
public record Coverage(int applicable, int disclosed, int partly, int stale, int missing) {
    /** The completeness percentage, one decimal, rounded half up. */
    public BigDecimal percent() {
        if (applicable == 0) {
            return new BigDecimal("100.0");
        }
        BigDecimal score = BigDecimal.valueOf(disclosed).add(BigDecimal.valueOf(partly + stale)
                .multiply(new BigDecimal("0.5")));
        return score.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
    }
}
