package org.dutyofvigilance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dutyofvigilance.plan.Block;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.Section;
import org.dutyofvigilance.plan.VigilancePlan;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The raw-OpenPDF baseline of the PDF benchmarks: tables of rows written straight with OpenPDF, with no plan
 * model and no layout logic. Large tables are flushed in chunks ({@link PdfPTable#setComplete(boolean)}
 * {@code false}, then {@code document.add(table)} every {@value #CHUNK} rows) so that memory stays bounded
 * whatever the number of rows.
 *
 * <p>{@link #writeEmbedded} writes portrait A4 pages with the plan's margins, in Liberation Sans embedded as
 * an Identity-H subset (the font the plan must embed to be PDF/A), with the plan's font sizes, padding and
 * borders. It writes no PDF/A metadata, outline, headers and footers, figures or attachments.
 */
public final class RawPdfTables {
    /** Rows added to a table between two flushes. */
    public static final int CHUNK = 500;

    private RawPdfTables() {
    }

    /**
     * A titled table: a header (or none) and rows of the same width.
     *
     * @param widths relative column widths, or null for equal columns
     */
    public record Table(String title, String[] header, List<String[]> rows, int[] widths) {
        /** A table with equal columns. */
        public Table(String title, String[] header, List<String[]> rows) {
            this(title, header, rows, null);
        }

        int columns() {
            return header != null ? header.length : rows.isEmpty() ? widths.length : rows.get(0).length;
        }
    }

    /**
     * The rows of a plan as plain text tables: every table of the plan with its header, and every list of
     * facts as a two-column table, in the plan's order, formatted in English the way the plan's renderer
     * formats them (same labels from the renderer's message bundle, same numbers and dates). Titles and
     * paragraphs are left out: only rows.
     */
    public static List<Table> planTables(VigilancePlan plan) {
        Text text = new Text();
        List<Table> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            collect(s.blocks(), s.kind().name(), text, out);
        }
        return out;
    }

    private static void collect(List<Block> blocks, String title, Text text, List<Table> out) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Table t -> {
                    String[] header = t.headerKeys().stream().map(text::label).toArray(String[]::new);
                    List<String[]> rows = new ArrayList<>(t.rows().size());
                    for (List<PlanValue> row : t.rows()) {
                        rows.add(row.stream().map(text::format).toArray(String[]::new));
                    }
                    out.add(new Table(title, header, rows, t.widths().stream().mapToInt(Integer::intValue).toArray()));
                }
                case Block.Facts f -> {
                    List<String[]> rows = new ArrayList<>(f.facts().size());
                    for (Block.Fact fact : f.facts()) {
                        rows.add(new String[] {text.label(fact.labelKey()), text.format(fact.value())});
                    }
                    out.add(new Table(title, null, rows, new int[] {35, 65}));
                }
                case Block.SubSection sub -> collect(sub.blocks(), text.format(sub.title()), text, out);
                default -> {
                }
            }
        }
    }

    /** English labels and formats of plan values, read from the renderer's own message bundle. */
    private static final class Text {
        private final Properties labels = new Properties();
        private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

        Text() {
            try (InputStream in = RawPdfTables.class.getResourceAsStream("/org/dutyofvigilance/pdf/messages_en.properties")) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String label(String key) {
            return labels.getProperty(key, key);
        }

        String fill(String pattern, List<String> args) {
            String out = pattern;
            for (int i = 0; i < args.size(); i++) {
                out = out.replace("{" + i + "}", args.get(i));
            }
            return out;
        }

        String format(PlanValue value) {
            return switch (value) {
                case PlanValue.Text t -> t.text();
                case PlanValue.Translated t -> t.en();
                case PlanValue.Label l -> label(l.key());
                case PlanValue.Message m -> fill(label(m.key()), m.args().stream().map(this::format).toList());
                case PlanValue.Decimal d -> number(d.value(), Math.min(6, Math.max(0, d.value().scale())));
                case PlanValue.Count c -> NumberFormat.getIntegerInstance(Locale.UK).format(c.value());
                case PlanValue.Share s -> s.fraction().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%";
                case PlanValue.Amount a -> fill(label(a.perKey().isEmpty() ? "value.amount" : "value.amountPer"),
                        List.of(number(a.amount(), a.amount().stripTrailingZeros().scale() <= 0 ? 0 : 2), a.currency(),
                                a.perKey().isEmpty() ? "" : label(a.perKey())));
                case PlanValue.Date d -> dates.format(d.date());
                case PlanValue.YesNo y -> label(y.value() ? "value.yes" : "value.no");
                case PlanValue.Joined j -> String.join(", ", j.values().stream().map(this::format).toList());
                case PlanValue.NotDisclosed n -> label("value.notDisclosed");
                case PlanValue.Withheld w -> label("value.withheld");
            };
        }

        private static String number(BigDecimal v, int scale) {
            NumberFormat f = NumberFormat.getNumberInstance(Locale.UK);
            f.setMinimumFractionDigits(scale);
            f.setMaximumFractionDigits(scale);
            return f.format(v);
        }
    }

    /** The font files, read once (the plan's renderer also reads them once per process). */
    private static final class FontFiles {
        static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
        static final byte[] BOLD = read("LiberationSans-Bold.ttf");

        private static byte[] read(String file) {
            try (InputStream in = RawPdfTables.class.getResourceAsStream("/liberation/" + file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static BaseFont embedded(String file, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    bytes, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the tables as a portrait A4 document with the plan's margins, in Liberation Sans embedded as the
     * plan embeds it, each table in the plan's cell style (7 pt from seven columns up, 8.5 pt below; padding 3;
     * grey 0.5 pt borders; header row repeated), to {@code out} (not closed).
     */
    public static void writeEmbedded(List<Table> tables, OutputStream out) {
        BaseFont regular = embedded("LiberationSans-Regular.ttf", FontFiles.REGULAR);
        BaseFont bold = embedded("LiberationSans-Bold.ttf", FontFiles.BOLD);
        java.awt.Color border = new java.awt.Color(0x88, 0x88, 0x88);
        Document document = new Document(PageSize.A4, 48, 48, 62, 54);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.open();
        for (Table t : tables) {
            int cols = t.columns();
            float size = cols >= 7 ? 7f : 8.5f;
            Font body = new Font(regular, size);
            Font head = new Font(bold, size);
            PdfPTable table = new PdfPTable(cols);
            table.setWidthPercentage(100); // a locked width would re-measure every waiting row at each page
            if (t.widths() != null) {
                float[] relative = new float[cols];
                for (int i = 0; i < cols; i++) {
                    relative[i] = t.widths()[i];
                }
                table.setWidths(relative);
            }
            table.setComplete(false);
            if (t.header() != null) {
                table.setHeaderRows(1);
                for (String h : t.header()) {
                    table.addCell(bordered(h, head, border));
                }
            }
            int n = 0;
            for (String[] row : t.rows()) {
                for (String v : row) {
                    table.addCell(bordered(v, body, border));
                }
                if (++n % CHUNK == 0) {
                    document.add(table);
                }
            }
            table.setComplete(true);
            document.add(table);
        }
        document.close();
    }

    private static PdfPCell bordered(String text, Font font, java.awt.Color border) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(border);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        return cell;
    }

    /** An output stream that only counts bytes. */
    public static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        /** Bytes written so far. */
        public long count() {
            return count;
        }
    }
}
