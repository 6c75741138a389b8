package org.dutyofvigilance.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The headings of one rendering, in order, listed before layout. A heading shown in the table of contents
 * gets a placeholder (a form XObject) for its page number; the placeholder is filled when the heading lands
 * on a page, so the document is laid out once.
 */
final class Outline {
    /** One heading: its anchor, level (1 = section) and title as printed. */
    record Heading(String anchor, int level, String title) {
    }

    private final List<Heading> headings = new ArrayList<>();
    private final Map<String, Heading> byAnchor = new HashMap<>();
    private final Map<String, PdfTemplate> pageNumbers = new HashMap<>();

    void add(Heading h) {
        if (byAnchor.putIfAbsent(h.anchor(), h) == null) {
            headings.add(h);
        }
    }

    List<Heading> headings() {
        return headings;
    }

    Heading heading(String anchor) {
        return byAnchor.get(anchor);
    }

    /** The table of contents printed this placeholder for the heading's page number. */
    void pageNumberAt(String anchor, PdfTemplate placeholder) {
        pageNumbers.put(anchor, placeholder);
    }

    /** The placeholder for the heading's page number, or null when the contents do not list it. */
    PdfTemplate pageNumber(String anchor) {
        return pageNumbers.get(anchor);
    }
}
