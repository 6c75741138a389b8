package org.dutyofvigilance.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dutyofvigilance.model.ChainOfActivities;
import org.junit.jupiter.api.Test;

/** The compiled range screen refuses what it cannot check instead of skipping it. */
class ConstraintPlanTest {
    record Fine(@PositiveOrZero BigDecimal amount, Optional<@Min(3) Integer> count, List<@Valid Inner> inners) {
    }

    record Inner(Optional<@DecimalMax("24") BigDecimal> hours) {
    }

    record UnknownKind(Optional<@NotNull Integer> count) {
    }

    record UnknownKindBelow(List<@Valid WithSize> items) {
    }

    record WithSize(@Size(max = 3) String name) {
    }

    record RangeOnText(@PositiveOrZero String text) {
    }

    record ValidOnTheList(@Valid List<Inner> inners) {
    }

    record Nested(Optional<List<@PositiveOrZero Integer>> counts) {
    }

    @Test
    void theModelCompiles() {
        assertDoesNotThrow(() -> ConstraintPlan.compileOnly(ChainOfActivities.class));
    }

    @Test
    void supportedConstraintsCompile() {
        assertDoesNotThrow(() -> ConstraintPlan.compileOnly(Fine.class));
    }

    @Test
    void anUnknownConstraintKindIsRefused() {
        assertRefused(UnknownKind.class, "NotNull");
        assertRefused(UnknownKindBelow.class, "Size");
    }

    @Test
    void aRangeOnANonNumberIsRefused() {
        assertRefused(RangeOnText.class, "java.lang.String");
    }

    @Test
    void ambiguousCascadesAndNestedContainersAreRefused() {
        assertRefused(ValidOnTheList.class, "List itself");
        assertRefused(Nested.class, "nested");
    }

    private static void assertRefused(Class<?> type, String mentioned) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConstraintPlan.compileOnly(type));
        assertTrue(e.getMessage().contains(mentioned), e.getMessage());
        assertTrue(e.getMessage().contains("ConstraintPlan"), e.getMessage());
    }
}
