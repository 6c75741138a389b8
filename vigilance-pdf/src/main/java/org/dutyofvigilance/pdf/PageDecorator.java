package org.dutyofvigilance.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Page events of one rendering: the running header (company and period) and the "Page X of Y" footer on
 * every page but the cover, and a bookmark for each heading at the place it lands.
 *
 * <p>The document is laid out once: each footer is a form XObject written when the document closes (the page
 * count is known then), and the page number of a heading listed in the table of contents is written into its
 * placeholder when the heading lands.
 */
final class PageDecorator extends PdfPageEventHelper {
    private final Fonts fonts;
    private final String header;
    private final String edition;
    private final Messages messages;
    private final Outline outline;
    private final List<PdfTemplate> footers = new ArrayList<>();
    private final PdfOutline[] parents = new PdfOutline[4];
    private final Set<String> seen = new HashSet<>();

    PageDecorator(Fonts fonts, Messages messages, String header, String edition, Outline outline) {
        this.fonts = fonts;
        this.edition = edition;
        this.messages = messages;
        this.header = header;
        this.outline = outline;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
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
        PdfTemplate footer = cb.createTemplate(right - left, FOOTER_HEIGHT);
        footers.add(footer);
        cb.addTemplate(footer, left, 30 - FOOTER_BASELINE);
        cb.restoreState();
    }

    private static final float FOOTER_HEIGHT = 12;
    private static final float FOOTER_BASELINE = 3;

    /** Every footer gets its "Page X of Y" now that Y is known. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String total = messages.integer(footers.size() + 1L);
        for (int i = 0; i < footers.size(); i++) {
            PdfTemplate footer = footers.get(i);
            footer.beginText();
            footer.setFontAndSize(fonts.regular, 8);
            footer.showTextAligned(PdfContentByte.ALIGN_CENTER,
                    messages.get("plan.page", messages.integer(i + 2L), total), footer.getWidth() / 2,
                    FOOTER_BASELINE, 0);
            footer.endText();
        }
    }

    /** Writes a page number right-aligned into a table-of-contents placeholder. */
    static void fill(PdfTemplate placeholder, BaseFont font, float size, String number, float baseline) {
        placeholder.beginText();
        placeholder.setFontAndSize(font, size);
        placeholder.showTextAligned(PdfContentByte.ALIGN_RIGHT, number, placeholder.getWidth(), baseline, 0);
        placeholder.endText();
    }

    /** A heading was placed: record its page and hang a bookmark under its parent heading. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String anchor) {
        Outline.Heading h = outline.heading(anchor);
        if (h == null || !seen.add(anchor)) {
            return;
        }
        PdfTemplate number = outline.pageNumber(anchor);
        if (number != null) {
            PlanLayout.fillPageNumber(number, h.level(), fonts, messages.integer(writer.getPageNumber()));
        }
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
