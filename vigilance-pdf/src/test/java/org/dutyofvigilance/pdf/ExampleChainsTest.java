package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanAssembler;
import org.dutyofvigilance.plan.PlanOptions;
import org.dutyofvigilance.plan.PlanSources;
import org.dutyofvigilance.plan.VigilancePlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example chain of {@code examples/chains} renders as a compliant PDF/A-3B plan in both languages. */
class ExampleChainsTest {
    static final Path EXAMPLES = Path.of("..", "examples", "chains");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static VigilancePlan plan(Path file, Edition edition) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ChainOfActivities chain = Vigilance.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                file.getFileName().toString());
        return PlanAssembler.assemble(PlanSources.of(chain, ChainGraph.of(chain), Vigilance.check(chain),
                InputDocument.of(file.getFileName().toString(), bytes)),
                new PlanOptions(edition, chain.reportingPeriod().end().plusMonths(3)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rendersAsPdfA3bWithoutNamedIndividualsInThePublicEdition(Path file) throws Exception {
        ChainOfActivities chain = Vigilance.read(Files.readString(file), file.getFileName().toString());
        for (RenderOptions.Language language : RenderOptions.Language.values()) {
            byte[] pdf = PdfRenderer.render(plan(file, Edition.PUBLIC), new RenderOptions(language, Edition.PUBLIC));
            assertEquals(List.of(), PdfTestSupport.pdfa3bFailures(pdf), file + " " + language);
            String text = PdfTestSupport.text(pdf);
            String embedded = String.join("\n", PdfTestSupport.embeddedFiles(pdf).values());
            for (Incident i : chain.incidents()) {
                for (String name : i.namedIndividuals()) {
                    assertFalse(text.contains(name), name + " in the public text of " + file);
                    assertFalse(embedded.contains(name), name + " in the public attachments of " + file);
                }
            }
            assertTrue(text.contains(chain.reportingCompany().name()) || text.contains("withheld")
                    || text.contains("occulté"));
        }
    }
}
