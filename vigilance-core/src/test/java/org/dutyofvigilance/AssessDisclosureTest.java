package org.dutyofvigilance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dutyofvigilance.completeness.CompletenessJson;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.Rulebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessDisclosureTest {
    static Stream<Path> examples() throws IOException {
        return Files.list(TestChains.EXAMPLES).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void sameVerdictAndFindingsAsTheFullAssessmentWithoutIndicators(Path file) {
        ChainOfActivities chain = Vigilance.read(file);
        Assessment full = Vigilance.assess(chain);
        Assessment disclosure = Vigilance.assessDisclosure(chain, Rulebook.shipped(), CompletenessOptions.defaults());
        assertEquals(full.verdict(), disclosure.verdict());
        assertEquals(full.structuralFindings(), disclosure.structuralFindings());
        assertEquals(full.scope(), disclosure.scope());
        assertEquals(CompletenessJson.write(full.completeness().orElseThrow()),
                CompletenessJson.write(disclosure.completeness().orElseThrow()));
        assertTrue(disclosure.indicators().isEmpty(), "no indicators are measured");
        assertTrue(full.indicators().isPresent());
    }
}
