package org.dutyofvigilance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The baseline process of the command-line benchmark: a JVM that starts, writes a one-page PDF with OpenPDF
 * and exits. {@code OnePagePdf <out.pdf>}.
 */
public final class OnePagePdf {
    private OnePagePdf() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "one-page.pdf");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, stream);
            document.open();
            document.add(new Paragraph("Vigilance plan 2025", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.BOLD)));
            document.add(new Paragraph("A one-page document written by OpenPDF: the baseline of the command-line "
                    + "benchmark, measuring what starting a JVM and writing a PDF costs."));
            document.close();
        }
    }
}
