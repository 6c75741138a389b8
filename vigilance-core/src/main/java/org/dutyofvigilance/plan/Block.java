package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;

/**
 * A piece of content inside a section: a paragraph, a table, a list of facts, a figure, or a sub-section
 * with its own title (each sub-section gets a bookmark in the PDF).
 *
 * <p>The assembler builds blocks; a renderer draws them in order and decides nothing about their content.
 */
public sealed interface Block permits Block.Paragraph, Block.Table, Block.Facts, Block.SubSection, Figure {

    /** A paragraph of text. */
    record Paragraph(PlanValue text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table whose header row repeats across page breaks.
     *
     * @param headerKeys message keys of the column headers
     * @param widths     relative column widths, one per column
     * @param rows       the rows, each with one value per column
     */
    record Table(List<String> headerKeys, List<Integer> widths, List<List<PlanValue>> rows) implements Block {
        public Table {
            headerKeys = List.copyOf(headerKeys);
            widths = List.copyOf(widths);
            if (widths.size() != headerKeys.size()) {
                throw new IllegalArgumentException("one width per column");
            }
            if (rows instanceof StreamedRows streamed) {
                if (streamed.columns() != headerKeys.size()) {
                    throw new IllegalArgumentException("rows of " + streamed.columns() + " cells, expected "
                            + headerKeys.size());
                }
            } else {
                rows = rows.stream().map(List::copyOf).toList();
                for (List<PlanValue> row : rows) {
                    if (row.size() != headerKeys.size()) {
                        throw new IllegalArgumentException("row has " + row.size() + " cells, expected "
                                + headerKeys.size());
                    }
                }
            }
        }

        /**
         * A table whose rows are made when they are read, for tables too long to hold (an annex of every node
         * of a large chain): the table keeps only {@code row}, and a renderer that draws rows in order and
         * lets them go never holds more than a few of them. {@code row} must be a pure function of its index
         * (the same index gives equal rows, on any thread); a row with the wrong number of cells fails when
         * it is read.
         *
         * @param headerKeys message keys of the column headers
         * @param widths     relative column widths, one per column
         * @param size       the number of rows
         * @param row        the row at an index from 0 to {@code size - 1}
         */
        public static Table streamed(List<String> headerKeys, List<Integer> widths, int size,
                java.util.function.IntFunction<List<PlanValue>> row) {
            return new Table(headerKeys, widths, new StreamedRows(headerKeys.size(), size, row));
        }
    }

    /**
     * Facts about one thing, shown as label: value lines.
     *
     * @param facts the facts, in order
     */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One labelled fact.
     *
     * @param labelKey message key of the label
     * @param value    the value
     */
    record Fact(String labelKey, PlanValue value) {
        public Fact {
            Objects.requireNonNull(labelKey, "labelKey");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A titled part of a section.
     *
     * @param title  its title
     * @param blocks its content
     */
    record SubSection(PlanValue title, List<Block> blocks) implements Block {
        public SubSection {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }
}
