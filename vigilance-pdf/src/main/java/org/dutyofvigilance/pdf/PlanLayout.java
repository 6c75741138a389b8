package org.dutyofvigilance.pdf;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import org.dutyofvigilance.plan.Attachment;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.Cover;
import org.dutyofvigilance.plan.Figure;
import org.dutyofvigilance.plan.InputDocument;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.RuleSetVersion;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.VigilancePlan;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out one vigilance plan as a PDF/A-3B document in one pass: cover, table of contents, sections and
 * blocks, associated files and metadata. The page numbers of the table of contents and the page count of
 * the footers are placeholders filled when they become known ({@link PageDecorator}).
 */
final class PlanLayout {
    /** Fixed producer string: no version-dependent or clock-dependent metadata. */
    static final String PRODUCER = "vigilance-pdf (OpenPDF)";
    /** Rows added to a table between two flushes, so big tables never sit whole in memory. */
    static final int FLUSH_ROWS = 500;
    private static final float BODY = 9.5f;
    private static final Color HEADER_FILL = new Color(0xDD, 0xDD, 0xDD);
    private static final Color BORDER = new Color(0x88, 0x88, 0x88);

    private final VigilancePlan plan;
    private final RenderOptions options;
    private final Messages messages;
    private final Outline outline;
    private final String seed;
    private final Fonts fonts;
    private final java.util.IdentityHashMap<Figure, PdfTemplate> templates = new java.util.IdentityHashMap<>();
    private Document document;
    private PdfWriter writer;

    PlanLayout(VigilancePlan plan, RenderOptions options) {
        this.plan = plan;
        this.options = options;
        this.messages = new Messages(options.language());
        this.outline = new Outline();
        this.seed = plan.cover().inputSha256() + "/" + plan.edition() + "/" + options.language();
        this.fonts = Fonts.create(seed);
        int number = 0;
        for (Section s : plan.sections()) {
            number++;
            outline.add(new Outline.Heading("s" + number, 1, sectionTitle(s, number)));
            collect(s.blocks(), "s" + number, Integer.toString(number), 2);
        }
    }

    /** Lists every heading before layout, so the table of contents is complete when it is laid out. */
    private void collect(List<Block> blocks, String anchor, String number, int level) {
        int sub = 0;
        for (Block b : blocks) {
            if (b instanceof Block.SubSection s) {
                sub++;
                outline.add(new Outline.Heading(anchor + "." + sub, level, subTitle(s, number + "." + sub)));
                collect(s.blocks(), anchor + "." + sub, number + "." + sub, level + 1);
            }
        }
    }

    private String sectionTitle(Section s, int number) {
        return number + ". " + messages.get("section." + s.kind().name());
    }

    private String subTitle(Block.SubSection s, String number) {
        return number + " " + messages.format(s.title());
    }

    // ------------------------------------------------------------------ fonts

    private Font font(float size) {
        return new Font(fonts.regular, size);
    }

    private Font bold(float size) {
        return new Font(fonts.bold, size);
    }

    private Font italic(float size) {
        return new Font(fonts.italic, size);
    }

    private Font valueFont(PlanValue v, float size) {
        return Messages.isGap(v) ? italic(size) : font(size);
    }

    // ------------------------------------------------------------------ document

    void write(OutputStream out) {
        Cover cover = plan.cover();
        String company = messages.format(cover.company());
        String year = Integer.toString(cover.periodEnd().getYear());
        document = new Document(PageSize.A4, 48, 48, 62, 54);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setFullCompression();
            writer.setPDFXConformance(PdfWriter.PDFA3B);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setPageEvent(new PageDecorator(fonts, messages,
                    messages.get("plan.header", company, year),
                    messages.get("plan.editionHeader." + cover.edition().name()), outline));
            document.addTitle(messages.get("plan.title", year) + " \u2014 " + company);
            document.addSubject(messages.get("plan.subject", company, messages.get("plan.periodValue",
                    messages.date(cover.periodStart()), messages.date(cover.periodEnd()))));
            document.addAuthor(company);
            document.addCreator(PRODUCER);
            document.open();
            fixMetadata(cover.reportDate());
            writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1",
                    java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(options.language().tag()));
            cover(cover, company, year);
            contents();
            int number = 0;
            for (Section s : plan.sections()) {
                number++;
                section(s, number);
            }
            attachFiles(cover.reportDate());
            writer.createXmpMetadata();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the plan: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates from the report, a fixed producer and a document id derived from the input checksum. */
    private void fixMetadata(LocalDate reportDate) {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        day.clear();
        day.set(reportDate.getYear(), reportDate.getMonthValue() - 1, reportDate.getDayOfMonth(), 0, 0, 0);
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        info.put(PdfName.CREATIONDATE, new PdfDate(day));
        info.put(PdfName.MODDATE, new PdfDate(day));
        byte[] id = HexFormat.of().parseHex(InputDocument.sha256(seed.getBytes(StandardCharsets.UTF_8)).substring(0, 32));
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** Attachments larger than this, in bytes, are deflated at zlib's fastest level. */
    static final int LARGE_ATTACHMENT = 4 * 1024 * 1024;

    private void attachFiles(LocalDate reportDate) throws IOException {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        day.clear();
        day.set(reportDate.getYear(), reportDate.getMonthValue() - 1, reportDate.getDayOfMonth(), 0, 0, 0);
        PdfArray associated = new PdfArray();
        for (Attachment a : plan.attachments()) {
            PdfDictionary params = new PdfDictionary();
            params.put(PdfName.MODDATE, new PdfDate(day));
            // The attached JSON files of a large chain run to a hundred megabytes (10,000-node chain: 156 MB), and
            // deflating them is most of the rendering time: zlib's best level took 2.5 s, its default 1.0 s (+7 %
            // bytes), its fastest 0.4 s (+55 %). Small files get the default level, files over 4 MB the fastest.
            byte[] content = a.content();
            int level = content.length > LARGE_ATTACHMENT ? java.util.zip.Deflater.BEST_SPEED : PdfStream.DEFAULT_COMPRESSION;
            PdfFileSpecification fs = PdfFileSpecification.fileEmbedded(writer, null, a.fileName(), content,
                    a.mimeType(), params, level);
            fs.put(new PdfName("AFRelationship"),
                    new PdfName(a.relationship() == Attachment.Relationship.SOURCE ? "Source" : "Data"));
            writer.addFileAttachment(messages.get(a.descriptionKey()), fs);
            associated.add(fs.getReference());
        }
        if (!associated.isEmpty()) {
            writer.getExtraCatalog().put(PdfName.AF, associated);
        }
    }

    // ------------------------------------------------------------------ cover and contents

    private void cover(Cover cover, String company, String year) throws DocumentException {
        Paragraph title = new Paragraph(messages.get("plan.title", year), bold(28));
        title.setSpacingBefore(90);
        title.setSpacingAfter(10);
        document.add(title);
        Paragraph name = new Paragraph(company, Messages.isGap(cover.company()) ? italic(18) : bold(18));
        name.setSpacingAfter(8);
        document.add(name);
        Paragraph sub = new Paragraph(messages.get("plan.subtitle"), font(10));
        sub.setLeading(14);
        sub.setSpacingAfter(30);
        document.add(sub);
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("plan.company", cover.company()));
        facts.add(new Block.Fact("plan.country", PlanValue.text(cover.country())));
        facts.add(new Block.Fact("plan.period", PlanValue.message("plan.periodValue",
                new PlanValue.Date(cover.periodStart()), new PlanValue.Date(cover.periodEnd()))));
        facts.add(new Block.Fact("plan.reportDate", new PlanValue.Date(cover.reportDate())));
        facts.add(new Block.Fact("plan.edition", PlanValue.label(cover.edition())));
        facts.add(new Block.Fact("plan.language", PlanValue.label("plan.languageValue")));
        facts.add(new Block.Fact("plan.currency", PlanValue.text(cover.reportCurrency())));
        if (!cover.ruleSets().isEmpty()) {
            List<PlanValue> sets = new ArrayList<>();
            for (RuleSetVersion r : cover.ruleSets()) {
                sets.add(PlanValue.text(r.regime() + " " + r.version()));
            }
            facts.add(new Block.Fact("plan.ruleSets", new PlanValue.Joined(sets)));
        }
        facts.add(new Block.Fact("plan.formatVersion", PlanValue.text(cover.formatVersion())));
        facts.add(new Block.Fact("plan.inputFile", PlanValue.text(cover.inputFileName())));
        facts(new Block.Facts(facts), 10);
        PdfPTable sha = new PdfPTable(new float[] {35, 65});
        sha.setWidthPercentage(100);
        sha.addCell(plainCell(new Phrase(messages.get("plan.inputSha256"), bold(10))));
        sha.addCell(plainCell(new Phrase(cover.inputSha256(), font(8.5f))));
        document.add(sha);
        PdfPTable note = new PdfPTable(1);
        note.setWidthPercentage(100);
        note.setSpacingBefore(28);
        PdfPCell cell = new PdfPCell(new Phrase(messages.get("plan.editionNote." + cover.edition().name()), bold(10)));
        cell.setPadding(8);
        cell.setBorderWidth(1.2f);
        cell.setLeading(0, 1.3f);
        note.addCell(cell);
        PdfPCell att = new PdfPCell(new Phrase(messages.get("plan.attachmentsNote"), font(9)));
        att.setPadding(8);
        att.setBorder(Rectangle.NO_BORDER);
        att.setLeading(0, 1.3f);
        note.addCell(att);
        document.add(note);
    }

    /** Width of a page-number placeholder in the table of contents (fits "1 234 567" at 10.5 pt). */
    private static final float TOC_NUMBER_WIDTH = 50;
    /** Height of the baseline in a page-number placeholder, as a share of the font size. */
    private static final float TOC_BASELINE = 0.25f;

    /** Most sub-sections of one section the table of contents lists. */
    static final int TOC_MAX_SUBSECTIONS = 40;

    /** The anchor of the section a heading belongs to ("s4" for "s4.2.1"). */
    private static String sectionOf(String anchor) {
        int dot = anchor.indexOf('.');
        return dot < 0 ? anchor : anchor.substring(0, dot);
    }

    private static float tocSize(int level) {
        return level == 1 ? 10.5f : 9.5f;
    }

    /** Writes the page a heading landed on into its placeholder in the table of contents. */
    static void fillPageNumber(PdfTemplate placeholder, int level, Fonts fonts, String page) {
        float size = tocSize(level);
        PageDecorator.fill(placeholder, level == 1 ? fonts.bold : fonts.regular, size, page, size * TOC_BASELINE);
    }

    private void contents() throws DocumentException {
        document.newPage();
        Paragraph head = new Paragraph(messages.get("plan.toc"), bold(16));
        head.setSpacingAfter(14);
        document.add(head);
        PdfPTable toc = new PdfPTable(new float[] {88, 12});
        toc.setWidthPercentage(100);
        // a section with one sub-section per mechanism or platform of a large chain lists only its own title:
        // its sub-sections keep their bookmarks, the contents stay a few pages long
        java.util.Map<String, Integer> subSections = new java.util.HashMap<>();
        for (Outline.Heading h : outline.headings()) {
            if (h.level() == 2) {
                subSections.merge(sectionOf(h.anchor()), 1, Integer::sum);
            }
        }
        for (Outline.Heading h : outline.headings()) {
            if (h.level() > 2 || h.level() == 2 && subSections.get(sectionOf(h.anchor())) > TOC_MAX_SUBSECTIONS) {
                continue;
            }
            Chunk title = new Chunk(h.title(), h.level() == 1 ? bold(10.5f) : font(9.5f));
            title.setLocalGoto(h.anchor());
            Phrase p = new Phrase(title);
            PdfPCell left = plainCell(p);
            left.setPaddingLeft(h.level() == 1 ? 0 : 16);
            left.setPaddingTop(h.level() == 1 ? 6 : 2);
            toc.addCell(left);
            float size = tocSize(h.level());
            PdfTemplate number = writer.getDirectContent().createTemplate(TOC_NUMBER_WIDTH, size * 1.2f + 0.5f);
            outline.pageNumberAt(h.anchor(), number);
            PdfPCell right = plainCell(new Phrase(size * 1.5f, new Chunk(Image.getInstance(number), 0,
                    -size * TOC_BASELINE)));
            right.setHorizontalAlignment(Element.ALIGN_RIGHT);
            right.setPaddingTop(h.level() == 1 ? 6 : 2);
            toc.addCell(right);
        }
        document.add(toc);
    }

    // ------------------------------------------------------------------ sections and blocks

    private void heading(String anchor, int level, String title) throws DocumentException {
        Chunk c = new Chunk(title, level == 1 ? bold(15) : level == 2 ? bold(11.5f) : bold(10));
        c.setLocalDestination(anchor);
        c.setGenericTag(anchor);
        Paragraph p = new Paragraph(c);
        p.setSpacingBefore(level == 1 ? 0 : 10);
        p.setSpacingAfter(level == 1 ? 10 : 5);
        p.setKeepTogether(true);
        document.add(p);
    }

    private void section(Section s, int number) throws DocumentException {
        document.newPage();
        heading("s" + number, 1, sectionTitle(s, number));
        blocks(s.blocks(), "s" + number, Integer.toString(number), 2);
    }

    private void blocks(List<Block> blocks, String anchor, String number, int level) throws DocumentException {
        int sub = 0;
        for (Block b : blocks) {
            switch (b) {
                case Block.SubSection s -> {
                    sub++;
                    String n = number + "." + sub;
                    ensureSpace(34 + estimate(s.blocks().isEmpty() ? null : s.blocks().get(0)));
                    heading(anchor + "." + sub, level, subTitle(s, n));
                    blocks(s.blocks(), anchor + "." + sub, n, level + 1);
                }
                case Block.Paragraph p -> paragraph(p);
                case Block.Table t -> table(t);
                case Block.Facts f -> facts(f, BODY);
                case Figure f -> figure(f);
            }
        }
    }

    /** Height the start of a block needs, so a heading is never left alone at the foot of a page. */
    private float estimate(Block b) {
        if (b == null) {
            return 0;
        }
        return switch (b) {
            case Block.Paragraph p -> 40;
            case Block.Table t -> 70;
            case Block.Facts f -> {
                measured = new MeasuredFacts(f, BODY, factsTable(f, BODY));
                yield Math.min(measured.table().getTotalHeight() + 12, pageBodyHeight() - 60);
            }
            case Block.SubSection s -> 40 + estimate(s.blocks().isEmpty() ? null : s.blocks().get(0));
            case Figure f -> Math.min(figureTemplate(f).getHeight() + 10, pageBodyHeight());
        };
    }

    private float pageBodyHeight() {
        return document.top() - document.bottom();
    }

    private void ensureSpace(float needed) throws DocumentException {
        float remaining = writer.getVerticalPosition(true) - document.bottom();
        if (remaining < needed) {
            document.newPage();
        }
    }

    private void paragraph(Block.Paragraph p) throws DocumentException {
        Paragraph para = new Paragraph(messages.format(p.text()), valueFont(p.text(), BODY));
        para.setLeading(BODY * 1.4f);
        para.setSpacingAfter(6);
        document.add(para);
    }

    private PdfPCell plainCell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(3);
        return c;
    }

    private PdfPTable factsTable(Block.Facts f, float size) {
        PdfPTable t = new PdfPTable(new float[] {35, 65});
        t.setTotalWidth(document.right() - document.left());
        t.setLockedWidth(true);
        t.setSpacingAfter(8);
        t.setKeepTogether(f.facts().size() <= 30); // a short list of facts is never split across pages
        for (Block.Fact fact : f.facts()) {
            t.addCell(plainCell(new Phrase(messages.get(fact.labelKey()), bold(size))));
            t.addCell(plainCell(new Phrase(messages.format(fact.value()), valueFont(fact.value(), size))));
        }
        return t;
    }

    private void facts(Block.Facts f, float size) throws DocumentException {
        PdfPTable t = measured != null && measured.facts() == f && measured.size() == size ? measured.table()
                : factsTable(f, size);
        measured = null;
        document.add(t);
    }

    /** The facts table last built to measure a block (see {@link #estimate}), reused to draw it. */
    private record MeasuredFacts(Block.Facts facts, float size, PdfPTable table) {
    }

    private MeasuredFacts measured;

    /**
     * Column widths: the table's relative widths, widened where needed so that no header word and no word
     * of a cell (such as "non communiqué") is broken across lines; the room comes from the wider columns.
     */
    private float[] columnWidths(Block.Table table, float size) {
        int cols = table.headerKeys().size();
        float total = document.right() - document.left();
        float pad = 7;
        float[] min = new float[cols];
        for (int i = 0; i < cols; i++) {
            min[i] = longestWord(fonts.bold, size, messages.get(table.headerKeys().get(i))) + pad;
        }
        for (List<PlanValue> row : table.rows()) {
            for (int i = 0; i < cols; i++) {
                PlanValue v = row.get(i);
                min[i] = Math.max(min[i], longestWord(Messages.isGap(v) ? fonts.italic : fonts.regular, size,
                        messages.format(v)) + pad);
            }
        }
        float sum = 0;
        for (int w : table.widths()) {
            sum += w;
        }
        float[] widths = new float[cols];
        for (int i = 0; i < cols; i++) {
            widths[i] = total * table.widths().get(i) / sum;
            min[i] = Math.min(min[i], total * 0.3f);
        }
        for (int round = 0; round < cols; round++) {
            float deficit = 0;
            float slack = 0;
            for (int i = 0; i < cols; i++) {
                if (widths[i] < min[i]) {
                    deficit += min[i] - widths[i];
                    widths[i] = min[i];
                } else {
                    slack += widths[i] - min[i];
                }
            }
            if (deficit <= 0.01f || slack <= 0) {
                break;
            }
            float ratio = Math.min(1f, deficit / slack);
            for (int i = 0; i < cols; i++) {
                if (widths[i] > min[i]) {
                    widths[i] -= (widths[i] - min[i]) * ratio;
                }
            }
        }
        float sumWidths = 0;
        for (float w : widths) {
            sumWidths += w;
        }
        if (sumWidths > total) { // too many long words to keep them all whole: the table still fits the page
            for (int i = 0; i < cols; i++) {
                widths[i] *= total / sumWidths;
            }
        }
        return widths;
    }

    /** Widths of the longest word of texts already measured, per font, at 1 pt (a table repeats its values). */
    private final java.util.Map<org.openpdf.text.pdf.BaseFont, java.util.Map<String, Float>> wordWidths =
            new java.util.IdentityHashMap<>();

    /** Most texts remembered per font: a streamed table of distinct values must not be held whole. */
    private static final int MAX_REMEMBERED_WIDTHS = 4096;

    private float longestWord(org.openpdf.text.pdf.BaseFont font, float size, String text) {
        java.util.Map<String, Float> known = wordWidths.computeIfAbsent(font, f -> new java.util.HashMap<>());
        Float width = known.get(text);
        if (width == null) {
            width = longestWordAt1pt(font, text);
            if (known.size() < MAX_REMEMBERED_WIDTHS) {
                known.put(text, width);
            }
        }
        return width * size;
    }

    /**
     * Identifiers and field paths (chain.grievanceMechanisms.unionConcertation) may wrap at their dots and
     * dashes; only real words must stay whole, so they alone claim a minimum width.
     */
    private static float longestWordAt1pt(org.openpdf.text.pdf.BaseFont font, String text) {
        float max = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isWordBreak(text.charAt(i))) {
                if (i > start) {
                    max = Math.max(max, font.getWidthPoint(text.substring(start, i), 1));
                }
                start = i + 1;
            }
        }
        return max;
    }

    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '\n' || c == '.' || c == '/' || c == '_' || c == '-';
    }

    private void table(Block.Table table) throws DocumentException {
        int cols = table.headerKeys().size();
        float size = cols >= 7 ? 7f : 8.5f;
        float[] widths = columnWidths(table, size);
        PdfPTable t = new PdfPTable(widths.length);
        // relative widths and a percentage, not a locked total width: OpenPDF recomputes the height of every
        // row still waiting in a locked-width table each time it starts a page, which made long tables cost
        // (rows per flush) x (pages per flush) row layouts
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        t.setWidths(widths);
        t.setWidthPercentage(100 * sum / (document.right() - document.left()));
        t.setHeaderRows(1);
        t.setSpacingBefore(6);
        t.setSpacingAfter(8);
        t.setComplete(false);
        for (String key : table.headerKeys()) {
            PdfPCell c = new PdfPCell(new Phrase(messages.get(key), bold(size)));
            c.setBackgroundColor(HEADER_FILL);
            c.setBorderColor(BORDER);
            c.setBorderWidth(0.5f);
            c.setPadding(3);
            t.addCell(c);
        }
        int n = 0;
        for (List<PlanValue> row : table.rows()) {
            for (PlanValue v : row) {
                PdfPCell c = new PdfPCell(new Phrase(messages.format(v), valueFont(v, size)));
                c.setBorderColor(BORDER);
                c.setBorderWidth(0.5f);
                c.setPadding(3);
                t.addCell(c);
            }
            if (++n % FLUSH_ROWS == 0) {
                document.add(t);
            }
        }
        t.setComplete(true);
        document.add(t);
    }

    /** Each figure is drawn once; measuring it for page breaks reuses the same form XObject. */
    private PdfTemplate figureTemplate(Figure f) {
        return templates.computeIfAbsent(f, fig -> new Charts(writer.getDirectContent(), fonts, messages)
                .draw(fig, document.right() - document.left()));
    }

    private void figure(Figure f) throws DocumentException {
        PdfTemplate tpl = figureTemplate(f);
        Image img = Image.getInstance(tpl);
        float max = pageBodyHeight() - 20;
        if (img.getScaledHeight() > max) {
            img.scaleToFit(document.right() - document.left(), max);
        }
        ensureSpace(img.getScaledHeight() + 6);
        img.setAlignment(Image.MIDDLE);
        img.setSpacingAfter(6);
        document.add(img);
        if (f instanceof Figure.ChainDiagram) {
            Paragraph legend = new Paragraph(messages.get("figure.chainLegend"), italic(8));
            legend.setSpacingAfter(8);
            document.add(legend);
        }
    }
}
