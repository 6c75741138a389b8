package org.dutyofvigilance.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.dutyofvigilance.plan.VigilancePlan;

/**
 * Renders a {@link VigilancePlan} as a PDF/A-3B document: cover, table of contents, the plan's sections
 * with bookmarks, running header and "Page X of Y", vector charts, embedded Unicode fonts, and the chain
 * and findings JSON attached as associated files.
 *
 * <pre>{@code
 * VigilancePlan plan = PlanAssembler.assemble(PlanSources.of(chain, graph, findings, input),
 *         new PlanOptions(Edition.PUBLIC, LocalDate.of(2027, 3, 31)));
 * byte[] pdf = PdfRenderer.render(plan, new RenderOptions(RenderOptions.Language.FR, Edition.PUBLIC));
 * }</pre>
 *
 * <p>Deterministic: the same plan and options give the same bytes (dates come from the report, the
 * document id from the input checksum). Thread-safe: each call works on its own state. Writes only to the
 * stream it is given and never closes it.
 */
public final class PdfRenderer {
    private PdfRenderer() {
    }

    /** Renders the plan to bytes. */
    public static byte[] render(VigilancePlan plan, RenderOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        render(plan, options, bytes);
        return bytes.toByteArray();
    }

    /** Renders the plan to the stream, which is flushed, not closed. */
    public static void render(VigilancePlan plan, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        if (plan.edition() != options.edition()) {
            throw new IllegalArgumentException("the plan was assembled for the " + plan.edition()
                    + " edition and cannot be rendered as " + options.edition());
        }
        // one layout pass: page numbers in the contents and the page count are filled in when known
        new PlanLayout(plan, options).write(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
