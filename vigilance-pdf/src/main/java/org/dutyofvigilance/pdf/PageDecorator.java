package org.dutyofvigilance.pdf;

import java.util.HashSet;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Page events of one rendering: the running header (company and period) and the "Page X of Y" footer on
 * every page but the cover, and a bookmark for each heading at the place it lands.
 */
final class PageDecorator extends PdfPageEventHelper {
    private final Fonts fonts;
    private final String header;
    private final String edition;
    private final Messages messages;
    private final Outline outline;
    private final int knownTotal;
    private final PdfOutline[] parents = new PdfOutline[4];
    private final Set<String> seen = new HashSet<>();

    PageDecorator(Fonts fonts, Messages messages, String header, String edition, Outline outline, int knownTotal) {
        this.fonts = fonts;
        this.edition = edition;
        this.messages = messages;
        this.header = header;
        this.outline = outline;
        this.knownTotal = knownTotal;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page > outline.totalPages()) {
            outline.totalPages(page);
        }
        if (page == 1) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = size.getTop() - 34;
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(fonts.regular, 8);
        cb.showTextAligned(PdfContentByte.ALIGN_LEFT, header, left, top, 0);
        cb.endText();
        cb.beginText();
        cb.setFontAndSize(fonts.bold, 8);
        cb.showTextAligned(PdfContentByte.ALIGN_RIGHT, edition, right, top, 0);
        cb.endText();
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 5);
        cb.lineTo(right, top - 5);
        cb.stroke();
        String footer = messages.get("plan.page", messages.integer(page),
                knownTotal > 0 ? messages.integer(knownTotal) : "?");
        cb.beginText();
        cb.setFontAndSize(fonts.regular, 8);
        cb.showTextAligned(PdfContentByte.ALIGN_CENTER, footer, (left + right) / 2, 30, 0);
        cb.endText();
        cb.restoreState();
    }

    /** A heading was placed: record its page and hang a bookmark under its parent heading. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        Outline.Heading h = outline.heading(anchor);
        if (h == null || !seen.add(anchor)) {
            return;
        }
        outline.placed(anchor, writer.getPageNumber());
        PdfContentByte cb = writer.getDirectContent();
        PdfOutline parent = h.level() == 1 ? cb.getRootOutline() : parents[h.level() - 1];
        if (parent == null) {
            parent = cb.getRootOutline();
        }
        PdfOutline bookmark = new PdfOutline(parent,
                new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 14, 0), h.title(),
                h.level() == 1);
        if (h.level() < parents.length) {
            parents[h.level()] = bookmark;
            for (int i = h.level() + 1; i < parents.length; i++) {
                parents[i] = null;
            }
        }
    }
}
