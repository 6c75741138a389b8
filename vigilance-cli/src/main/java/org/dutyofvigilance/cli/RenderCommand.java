package org.dutyofvigilance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.pdf.PdfRenderer;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.VigilancePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigilance render FILE... -o OUT}: renders the annual vigilance plan of each chain as a PDF/A-3
 * document. With several files, or when OUT is a directory, each plan goes to OUT/NAME.pdf. A file that
 * fails does not stop the others, and leaves no output behind.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders the annual vigilance plan as a PDF (PDF/A-3B, with the input chain and the findings "
                + "embedded).", "Chains with structural errors are not rendered (exit 2): run 'vigilance validate' first."})
final class RenderCommand implements Callable<Integer> {
    enum Lang { en, fr }

    enum EditionOption { PUBLIC, INTERNAL }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RuleOptions rules;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Chain files (JSON).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The PDF to write, or a directory for several files.")
    Path output;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|fr", description = "Language of the plan: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--edition", defaultValue = "public", paramLabel = "public|internal", converter = EditionConverter.class,
            description = "public (leaves out confidential fields and named individuals) or internal (default: ${DEFAULT-VALUE}).")
    EditionOption edition;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean batch = files.size() > 1 || Files.isDirectory(output) || output.toString().endsWith("/");
        if (batch) {
            Files.createDirectories(output);
        }
        int worst = ExitCode.COMPLETE;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path target = batch ? output.resolve(baseName(file) + ".pdf") : output;
            int code = renderOne(file, target, err);
            if (batch) {
                err.println("[" + (i + 1) + "/" + files.size() + "] " + file + " -> "
                        + (code == ExitCode.INVALID_INPUT ? "not rendered" : target));
            }
            worst = Math.max(worst, code);
        }
        return worst;
    }

    private int renderOne(Path file, Path target, PrintWriter err) throws IOException {
        var usable = rules.assessUsable(file, err);
        if (usable.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        ChainInput input = usable.get().input();
        Assessment assessment = usable.get().assessment();
        Edition e = edition == EditionOption.INTERNAL ? Edition.INTERNAL : Edition.PUBLIC;
        VigilancePlan plan = Vigilance.plan(assessment, InputDocument.of(file.getFileName().toString(), input.bytes()), e);
        RenderOptions options = new RenderOptions(lang == Lang.fr ? RenderOptions.Language.FR : RenderOptions.Language.EN, e);
        AtomicFiles.write(target, out -> PdfRenderer.render(plan, options, out));
        return VerdictCodes.of(assessment.verdict());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Accepts public/internal in any case. */
    static final class EditionConverter implements picocli.CommandLine.ITypeConverter<EditionOption> {
        @Override
        public EditionOption convert(String value) {
            return EditionOption.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
