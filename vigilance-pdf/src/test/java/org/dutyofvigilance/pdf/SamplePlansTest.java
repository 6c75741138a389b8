package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyofvigilance.plan.Edition;
import org.junit.jupiter.api.Test;

/** Writes the sample plans to {@code target/sample-plans} so a person can look at them. */
class SamplePlansTest {
    @Test
    void writesSamplePlansInEveryLanguageAndEdition() throws IOException {
        Path dir = Path.of("target", "sample-plans");
        Files.createDirectories(dir);
        for (Edition edition : Edition.values()) {
            for (RenderOptions.Language language : RenderOptions.Language.values()) {
                byte[] pdf = PdfRenderer.render(FlagshipChain.plan(edition), new RenderOptions(language, edition));
                Path file = dir.resolve("flagship-" + language.name().toLowerCase() + "-"
                        + edition.name().toLowerCase() + ".pdf");
                Files.write(file, pdf);
                assertTrue(pdf.length > 1000);
                byte[] example = PdfRenderer.render(ExampleChainsTest.plan(ExampleChainsTest.EXAMPLES.resolve(
                        "flagship.json"), edition), new RenderOptions(language, edition));
                Files.write(dir.resolve("example-flagship-" + language.name().toLowerCase() + "-"
                        + edition.name().toLowerCase() + ".pdf"), example);
            }
        }
    }
}
