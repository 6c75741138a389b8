package org.dutyofvigilance.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of one rendering, in order, and the page each one landed on. The first pass fills the pages;
 * the second prints them in the table of contents.
 */
final class Outline {
    /** One heading: its anchor, level (1 = section) and title as printed. */
    record Heading(String anchor, int level, String title) {
    }

    private final List<Heading> headings = new ArrayList<>();
    private final Map<String, Heading> byAnchor = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private int totalPages;

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

    void placed(String anchor, int page) {
        pages.putIfAbsent(anchor, page);
    }

    int page(String anchor) {
        return pages.getOrDefault(anchor, 0);
    }

    /** This outline with the page count learnt in the first pass fixed for the second. */
    Outline withTotal(int n) {
        totalPages = n;
        return this;
    }

    void totalPages(int n) {
        totalPages = n;
    }

    int totalPages() {
        return totalPages;
    }
}
