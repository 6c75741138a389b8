package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyofvigilance.plan.Edition;
import org.junit.jupiter.api.Test;

/** Writes the sample plans to {@code target/sample-plans} so a person can look at them. */
class SamplePlansTest {
    /** A DAG: two providers share a platform; one provider also contracts a vendor directly. */
    static org.dutyofvigilance.model.ChainOfActivities dag() {
        var company = new org.dutyofvigilance.model.ReportingCompany("buyer", "Groupe Exemple SA", "FR",
                java.util.List.of(), null, null, null, null, null, java.util.List.of());
        var b = org.dutyofvigilance.model.ChainBuilder.forCompany(company, new org.dutyofvigilance.model.ReportingPeriod(
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)), "EUR");
        String[][] partners = {{"buyer", "Groupe Exemple SA", "FR", "BUYER"}, {"pa", "Provider Alpha SAS", "FR",
                "AI_MODEL_PROVIDER"}, {"pb", "Provider Beta GmbH", "DE", "AI_MODEL_PROVIDER"}, {"plat",
                "Shared Platform Inc.", "US", "DATA_PLATFORM"}, {"v1", "Vendor Nairobi Ltd", "KE", "VENDOR"},
                {"v2", "Vendor Manila Inc.", "PH", "VENDOR"}, {"d", "Dispatcher (informal)", "VE", "INTERMEDIARY"}};
        for (String[] p : partners) {
            b.partner(org.dutyofvigilance.model.BusinessPartner.of(p[0], p[1], p[2],
                    org.dutyofvigilance.model.PartnerRole.valueOf(p[3])));
        }
        String[][] edges = {{"buyer", "pa"}, {"buyer", "pb"}, {"pa", "plat"}, {"pb", "plat"}, {"plat", "v1"},
                {"plat", "v2"}, {"pb", "v1"}, {"v2", "d"}};
        int i = 0;
        for (String[] e : edges) {
            b.relationship(new org.dutyofvigilance.model.BusinessRelationship("r" + i++, e[0], e[1],
                    java.util.List.of(org.dutyofvigilance.model.ServiceType.ANNOTATION),
                    e[0].equals("pa") ? java.util.Optional.of(new org.dutyofvigilance.model.ContractedRate(
                            new java.math.BigDecimal("9.50"), "USD", org.dutyofvigilance.model.RateUnit.WORKER_HOUR))
                            : java.util.Optional.empty(), null, null, null, null, java.util.List.of()));
        }
        return b.build();
    }

    @Test
    void writesADagSample() throws IOException {
        var chain = dag();
        var plan = org.dutyofvigilance.plan.PlanAssembler.assemble(org.dutyofvigilance.plan.PlanSources.of(chain,
                org.dutyofvigilance.graph.ChainGraph.of(chain), java.util.List.of(),
                org.dutyofvigilance.plan.InputDocument.of("dag.json", FlagshipChain.json(chain))),
                new org.dutyofvigilance.plan.PlanOptions(Edition.PUBLIC, java.time.LocalDate.of(2027, 3, 31)));
        Files.createDirectories(Path.of("target", "sample-plans"));
        Files.write(Path.of("target", "sample-plans", "dag-en-public.pdf"),
                PdfRenderer.render(plan, new RenderOptions(RenderOptions.Language.EN, Edition.PUBLIC)));
    }

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
