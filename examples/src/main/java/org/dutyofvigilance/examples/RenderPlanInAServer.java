package org.dutyofvigilance.examples;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.pdf.PdfRenderer;
import org.dutyofvigilance.pdf.RenderOptions;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.InputDocument;

/**
 * API example: what an ERP server does on an HTTP request "give me the public vigilance plan of this chain in
 * French": read the uploaded JSON, assess it, render the PDF into memory and return the bytes. Nothing is
 * written to disk, and the call is safe from many request threads at once.
 */
public final class RenderPlanInAServer {
    private RenderPlanInAServer() {
    }

    /** Renders the plan of an uploaded chain; throws {@code ChainFormatException} for an unreadable upload. */
    public static byte[] handle(String uploadName, InputStream upload, RenderOptions.Language language, Edition edition)
            throws java.io.IOException {
        byte[] bytes = upload.readAllBytes();
        Assessment assessment = Vigilance.assess(Vigilance.read(new java.io.ByteArrayInputStream(bytes), uploadName));
        if (!assessment.structurallyValid()) {
            throw new IllegalArgumentException(uploadName + " has structural errors: " + assessment.structuralFindings());
        }
        var plan = Vigilance.plan(assessment, InputDocument.of(uploadName, bytes), edition);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        PdfRenderer.render(plan, new RenderOptions(language, edition), pdf);
        return pdf.toByteArray();
    }

    /** Renders the flagship's French public plan and prints its size. */
    public static void main(String[] args) throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("examples/chains/flagship.json"))) {
            byte[] pdf = handle("flagship.json", in, RenderOptions.Language.FR, Edition.PUBLIC);
            System.out.println("rendered " + pdf.length + " bytes");
        }
    }
}
