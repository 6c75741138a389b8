package org.dutyofvigilance.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads rendered PDFs back with PDFBox and validates them with veraPDF. */
final class PdfTestSupport {
    private PdfTestSupport() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }

    /** Bookmark titles, depth-first, indented by two spaces per level. */
    static List<String> bookmarks(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            walk(doc.getDocumentCatalog().getDocumentOutline(), 0, out);
            return out;
        }
    }

    private static void walk(PDOutlineNode node, int depth, List<String> out) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            out.add("  ".repeat(depth) + item.getTitle());
            walk(item, depth + 1, out);
        }
    }

    /** Embedded files by name, with their content as UTF-8 text. */
    static Map<String, String> embeddedFiles(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, String> files = new LinkedHashMap<>();
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
            for (PDComplexFileSpecification spec : tree.getNames().values()) {
                files.put(spec.getFilename(), new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
            }
            return files;
        }
    }

    /** Failed veraPDF checks as "clause-test: message"; empty when the file is PDF/A-3B compliant. */
    static List<String> pdfa3bFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B); PDFAValidator validator = Foundries.defaultInstance()
                        .createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        }
    }
}
