package org.dutyofvigilance.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.WorkforceSegment;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The raw-OpenPDF baseline of the PDF benchmarks: tables of rows written straight with OpenPDF, with no plan
 * model and no layout logic. Large tables are flushed in chunks ({@link PdfPTable#setComplete(boolean)}
 * {@code false}, then {@code document.add(table)} every {@value #CHUNK} rows) so that memory stays bounded
 * whatever the number of rows.
 */
public final class RawPdfTables {
    /** Rows added to a table between two flushes. */
    public static final int CHUNK = 500;

    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private RawPdfTables() {
    }

    /** A titled table: a header and rows of the same width. */
    public record Table(String title, String[] header, List<String[]> rows) {
    }

    /** The rows a vigilance plan of this chain shows in its annex: one per entity, one per workforce segment. */
    public static List<Table> chainTables(ChainOfActivities chain) {
        ChainGraph graph = ChainGraph.of(chain);
        List<String[]> partners = new ArrayList<>(chain.businessPartners().size());
        for (BusinessPartner p : chain.businessPartners()) {
            partners.add(new String[] {p.id(), p.legalName(), p.country(), p.role().name().toLowerCase(),
                graph.tier(p.id()).isPresent() ? Integer.toString(graph.tier(p.id()).getAsInt()) : "not connected",
                p.employees().map(String::valueOf).orElse("not disclosed")});
        }
        List<String[]> segments = new ArrayList<>(chain.workforceSegments().size());
        for (WorkforceSegment s : chain.workforceSegments()) {
            segments.add(new String[] {s.id(), s.entity(), s.name(),
                s.headcount().best().map(String::valueOf).orElse("not disclosed"),
                s.pay().map(p -> p.amount().toPlainString() + " " + p.currency() + " / " + p.per().name().toLowerCase())
                        .orElse("not disclosed"),
                s.conditions().hoursPerWeek().map(h -> h.toPlainString() + " h").orElse("not disclosed")});
        }
        return List.of(
                new Table("Entities of the chain of activities",
                        new String[] {"id", "legal name", "country", "role", "tier", "employees"}, partners),
                new Table("Workforce segments",
                        new String[] {"id", "entity", "segment", "headcount", "pay", "hours a week"}, segments));
    }

    /** Writes the tables as a landscape A4 document to {@code out} (not closed). */
    public static void write(List<Table> tables, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.open();
        for (Table t : tables) {
            document.add(new Paragraph(t.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
            PdfPTable table = new PdfPTable(t.header().length);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String h : t.header()) {
                table.addCell(cell(h, HEAD));
            }
            int n = 0;
            for (String[] row : t.rows()) {
                for (String v : row) {
                    table.addCell(cell(v, BODY));
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

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(2);
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
