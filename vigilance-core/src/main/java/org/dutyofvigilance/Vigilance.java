package org.dutyofvigilance;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.StructuralCheck;
import org.dutyofvigilance.completeness.Completeness;
import org.dutyofvigilance.completeness.CompletenessOptions;
import org.dutyofvigilance.completeness.CompletenessReport;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.measure.IndicatorReport;
import org.dutyofvigilance.measure.MeasureParameters;
import org.dutyofvigilance.measure.Measures;
import org.dutyofvigilance.rules.Rulebook;
import org.dutyofvigilance.scope.Scope;
import java.time.LocalDate;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import org.dutyofvigilance.completeness.CompletenessJson;
import org.dutyofvigilance.plan.Attachment;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanAssembler;
import org.dutyofvigilance.plan.PlanInputs;
import org.dutyofvigilance.plan.PlanOptions;
import org.dutyofvigilance.plan.PlanSources;
import org.dutyofvigilance.plan.VigilancePlan;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.json.ChainSchema;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The library's entry point: read a chain of activities, check it, write it back.
 *
 * <pre>{@code
 * ChainOfActivities chain = Vigilance.read(Path.of("chain.json"));   // ChainFormatException if unreadable
 * List<Finding> findings = Vigilance.check(chain);                    // values, never exceptions
 * }</pre>
 *
 * <p>Every method is a pure function of its arguments and safe to call from many threads.
 */
public final class Vigilance {
    private Vigilance() {
    }

    /** Reads a chain from a JSON file; throws {@link org.dutyofvigilance.json.ChainFormatException} when unreadable. */
    public static ChainOfActivities read(Path file) {
        return ChainJson.read(file);
    }

    /** Reads a chain from a UTF-8 JSON stream; {@code sourceName} appears in error messages. */
    public static ChainOfActivities read(InputStream in, String sourceName) {
        return ChainJson.read(in, sourceName);
    }

    /** Reads a chain from JSON text; {@code sourceName} appears in error messages. */
    public static ChainOfActivities read(String json, String sourceName) {
        return ChainJson.read(json, sourceName);
    }

    /** The structural check of a chain: findings in a stable order, empty when sound. */
    public static List<Finding> check(ChainOfActivities chain) {
        return StructuralCheck.check(chain);
    }

    /**
     * Assesses a chain with the shipped rulebook and default parameters: structural check, scope,
     * disclosure completeness, indicators and risk map.
     */
    public static Assessment assess(ChainOfActivities chain) {
        return assess(chain, Rulebook.shipped(), CompletenessOptions.defaults(), MeasureParameters.defaults());
    }

    /** Assesses a chain with a chosen rulebook, completeness options and measurement parameters. */
    public static Assessment assess(ChainOfActivities chain, Rulebook rulebook, CompletenessOptions completeness,
            MeasureParameters parameters) {
        Assessment disclosure = assessDisclosure(chain, rulebook, completeness, parameters);
        if (disclosure.completeness().isEmpty()) {
            return disclosure; // structural errors: the later stages would rest on a broken graph
        }
        IndicatorReport indicators = Measures.measure(chain, disclosure.graph(), parameters);
        return new Assessment(chain, disclosure.graph(), disclosure.structuralFindings(), disclosure.scope(),
                disclosure.completeness(), Optional.of(indicators), parameters);
    }

    /**
     * Checks a chain's disclosure without measuring it: structural check, scope and disclosure completeness
     * against the rulebook, as {@link #assess(ChainOfActivities, Rulebook, CompletenessOptions, MeasureParameters)}
     * does, but no indicators and no risk map ({@link Assessment#indicators()} is empty). The verdict is the same
     * as the full assessment's. For a compliance check that does not need the plan (the CLI's {@code validate}).
     */
    public static Assessment assessDisclosure(ChainOfActivities chain, Rulebook rulebook, CompletenessOptions completeness) {
        return assessDisclosure(chain, rulebook, completeness, MeasureParameters.defaults());
    }

    private static Assessment assessDisclosure(ChainOfActivities chain, Rulebook rulebook,
            CompletenessOptions completeness, MeasureParameters parameters) {
        ChainGraph graph = ChainGraph.of(chain);
        List<Finding> structural = StructuralCheck.check(chain, graph);
        if (StructuralCheck.hasErrors(structural)) {
            return new Assessment(chain, graph, structural, Scope.assess(chain), Optional.empty(), Optional.empty(),
                    parameters);
        }
        // the completeness check assesses the scope to choose its rule sets: reuse that assessment
        CompletenessReport report = Completeness.check(chain, graph, rulebook,
                completeness.withStructuralFindings(structural));
        return new Assessment(chain, graph, structural, report.scope(), Optional.of(report), Optional.empty(),
                parameters);
    }

    /**
     * The vigilance plan of an assessed chain, as language-neutral content ready for a renderer such as
     * {@code org.dutyofvigilance.pdf.PdfRenderer}. The plan's date is the publication date when the chain
     * gives one, else the end of the reporting period: never the clock, so the same input gives the same plan.
     *
     * @param assessment what {@link #assess} concluded
     * @param input      the input file, embedded in the plan with its checksum
     * @param edition    public (confidential fields and named individuals left out) or internal
     */
    public static VigilancePlan plan(Assessment assessment, InputDocument input, Edition edition) {
        ChainOfActivities chain = assessment.chain();
        LocalDate date = chain.reportingCompany().publication().flatMap(p -> p.published())
                .orElse(chain.reportingPeriod().end());
        PlanSources sources = PlanInputs.complete(
                PlanSources.of(chain, assessment.graph(), assessment.structuralFindings(), input), assessment);
        // The machine-readable results travel inside the PDF. Completeness findings name nodes and fields, never
        // values, so both editions carry them; indicators compute on confidential facts (pay, rates), so only
        // the internal edition carries their JSON.
        if (assessment.completeness().isPresent()) {
            sources = sources.withAttachment(new Attachment("completeness.json", "application/json",
                    Attachment.Relationship.DATA, "attachment.completeness",
                    CompletenessJson.write(assessment.completeness().get()).getBytes(StandardCharsets.UTF_8)));
        }
        if (edition == Edition.INTERNAL && assessment.indicators().isPresent()) {
            sources = sources.withAttachment(new Attachment("indicators.json", "application/json",
                    Attachment.Relationship.DATA, "attachment.indicators",
                    assessment.indicators().get().toJson().getBytes(StandardCharsets.UTF_8)));
        }
        return PlanAssembler.assemble(sources, new PlanOptions(edition, date));
    }

    /** The chain as deterministic JSON text. */
    public static String toJson(ChainOfActivities chain) {
        return ChainJson.toJson(chain);
    }

    /** The JSON Schema (draft 2020-12) of the chain format. */
    public static String schema() {
        return ChainSchema.json();
    }
}
