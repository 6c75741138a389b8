package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.ServiceType;
import org.junit.jupiter.api.Test;

class RiskRulesTest {
    private static String shippedText() throws IOException {
        try (InputStream in = RiskRules.class.getResourceAsStream(RiskRules.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RiskRules parse(String json) {
        return RiskRules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test rules");
    }

    @Test
    void callerRulesChangeTheScoringWithoutCode() throws IOException {
        // weigh scale only: the severity score becomes the scale
        RiskRules scaleOnly = parse(shippedText().replace(
                "\"weights\": { \"scale\": 1, \"scope\": 1, \"irremediability\": 1 }",
                "\"weights\": { \"scale\": 1, \"scope\": 0, \"irremediability\": 0 }"));
        var chain = TestChains.fourTiers("EUR")
                .workforce(TestChains.segment("seg-mod", TestChains.VENDOR, 200, "KE", ServiceType.CONTENT_MODERATION,
                        Pay.of("1.5", "USD", PayUnit.HOUR), TestChains.conditions("45", "8", PsychologicalSupport.NONE,
                                50, true, NdaScope.EVERYTHING, FreedomOfAssociation.NOT_RECOGNISED, null)))
                .build();
        Risk ohs = Measures.measure(chain, MeasureParameters.defaults().withRiskRules(scaleOnly))
                .risk("RISK:vendor:OCCUPATIONAL_HEALTH_SAFETY").orElseThrow();
        assertEquals(0, ohs.severity().score().compareTo(java.math.BigDecimal.valueOf(4)));
        assertEquals(0, ohs.priority().compareTo(java.math.BigDecimal.valueOf(12)));
    }

    @Test
    void scoresOutsideTheScaleAndUnknownFieldsAreRejected() throws IOException {
        String text = shippedText();
        UncheckedIOException tooHigh = assertThrows(UncheckedIOException.class,
                () -> parse(text.replace("\"actualLikelihood\": 4", "\"actualLikelihood\": 9")));
        assertTrue(tooHigh.getMessage().contains("actualLikelihood must be between 1 and 4"), tooHigh.getMessage());
        assertThrows(UncheckedIOException.class, () -> parse(text.replace("\"maxScore\": 4,",
                "\"maxScore\": 4, \"surprise\": true,")));
    }

    @Test
    void shippedReferenceWagesLoadWithSources() {
        ReferenceWages wages = ReferenceWages.shipped();
        assertTrue(wages.all().size() >= 19);
        for (ReferenceWage w : wages.all()) {
            assertTrue(!w.source().isBlank(), w.id());
        }
        assertEquals("KE-MW-2024", wages.choose("KE", WageKind.MINIMUM, 2025).orElseThrow().id());
        assertEquals("KE-LW-NAIVASHA-2023", wages.choose("ke", WageKind.LIVING, 2025).orElseThrow().id());
        assertEquals("FR-SMIC-2024", wages.choose("FR", WageKind.MINIMUM, 2025).orElseThrow().id());
        assertEquals("FR-SMIC-2026", wages.choose("FR", WageKind.MINIMUM, 2026).orElseThrow().id());
        assertTrue(wages.choose("FR", WageKind.LIVING, 2025).isEmpty());
    }
}
