package org.dutyofvigilance.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dutyofvigilance.plan.Figure;
import org.dutyofvigilance.plan.PlanValue;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Vector chart primitives drawn into PDF form XObjects: the chain diagram (and its per-tier summary), the
 * risk heat map, the wage ladder and the pass-through bars. Black, white and greys only, so every chart
 * stays legible when printed in black and white; no transparency (PDF/A).
 */
final class Charts {
    private static final Color INK = Color.BLACK;
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color ROOT_FILL = new Color(0xE4, 0xE4, 0xE4);
    private static final Color BAR = new Color(0x40, 0x40, 0x40);
    private static final Color PALE = new Color(0xF2, 0xF2, 0xF2);

    private final PdfContentByte canvas;
    private final Fonts fonts;
    private final Messages messages;

    Charts(PdfContentByte canvas, Fonts fonts, Messages messages) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.messages = messages;
    }

    PdfTemplate draw(Figure figure, float width) {
        return switch (figure) {
            case Figure.ChainDiagram d -> chainDiagram(d, width);
            case Figure.TierSummary t -> tierSummary(t, width);
            case Figure.HeatMap h -> heatMap(h, width);
            case Figure.WageLadder w -> wageLadder(w, width);
            case Figure.PassThrough p -> passThrough(p, width);
        };
    }

    // ------------------------------------------------------------------ text helpers

    private void text(PdfTemplate t, BaseFont font, float size, String s, float x, float y, int align) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(INK);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    /** The text, cut with an ellipsis to fit the width. */
    private static String fit(BaseFont font, float size, String s, float width) {
        if (font.getWidthPoint(s, size) <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "\u2026", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "\u2026";
    }

    private BaseFont fontFor(PlanValue v) {
        return Messages.isGap(v) ? fonts.italic : fonts.regular;
    }

    /** Label centred on (x, y) over a white box, so it stays readable on top of a line. */
    private void label(PdfTemplate t, BaseFont font, float size, String s, float x, float y) {
        float w = font.getWidthPoint(s, size);
        t.setColorFill(Color.WHITE);
        t.rectangle(x - w / 2 - 2, y - 2.5f, w + 4, size + 3);
        t.fill();
        text(t, font, size, s, x, y, PdfContentByte.ALIGN_CENTER);
    }

    private static void arrowHead(PdfTemplate t, float x, float y, float fromX, float fromY) {
        double angle = Math.atan2(y - fromY, x - fromX);
        float len = 6;
        float spread = 0.42f;
        t.setColorFill(INK);
        t.moveTo(x, y);
        t.lineTo((float) (x - len * Math.cos(angle - spread)), (float) (y - len * Math.sin(angle - spread)));
        t.lineTo((float) (x - len * Math.cos(angle + spread)), (float) (y - len * Math.sin(angle + spread)));
        t.closePath();
        t.fill();
    }

    // ------------------------------------------------------------------ chain diagram

    private record Box(Figure.Node node, float x, float y, float w, float h) {
        float cx() {
            return x + w / 2;
        }
    }

    private PdfTemplate chainDiagram(Figure.ChainDiagram d, float width) {
        final float gutter = 40;
        final float boxH = 46;
        final float rowGap = 42;
        final float gap = 12;
        TreeMap<Integer, List<Figure.Node>> rows = new TreeMap<>();
        for (Figure.Node n : d.nodes()) {
            rows.computeIfAbsent(n.tier(), k -> new ArrayList<>()).add(n);
        }
        Map<String, List<String>> customers = new HashMap<>();
        for (Figure.Edge e : d.edges()) {
            customers.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        // order each row by the mean position of its customers in the rows above (barycentre), to limit crossings
        Map<String, Float> position = new HashMap<>();
        Map<String, Box> boxes = new HashMap<>();
        int rowCount = rows.size();
        float height = rowCount * boxH + (rowCount - 1) * rowGap + 4;
        float avail = width - gutter;
        int rowIndex = 0;
        for (Map.Entry<Integer, List<Figure.Node>> row : rows.entrySet()) {
            List<Figure.Node> nodes = new ArrayList<>(row.getValue());
            if (rowIndex > 0) {
                Map<String, Float> key = new HashMap<>();
                for (int i = 0; i < nodes.size(); i++) {
                    Figure.Node n = nodes.get(i);
                    float sum = 0;
                    int k = 0;
                    for (String c : customers.getOrDefault(n.id(), List.of())) {
                        Float p = position.get(c);
                        if (p != null) {
                            sum += p;
                            k++;
                        }
                    }
                    key.put(n.id(), k == 0 ? Float.MAX_VALUE - nodes.size() + i : sum / k);
                }
                nodes.sort(Comparator.comparing(n -> key.get(n.id())));
            }
            int n = nodes.size();
            float boxW = Math.min(200, (avail - (n - 1) * gap) / n);
            float total = n * boxW + (n - 1) * gap;
            float x0 = gutter + (avail - total) / 2;
            float y = height - 2 - boxH - rowIndex * (boxH + rowGap);
            for (int i = 0; i < n; i++) {
                Box b = new Box(nodes.get(i), x0 + i * (boxW + gap), y, boxW, boxH);
                boxes.put(b.node().id(), b);
                position.put(b.node().id(), b.cx());
            }
            rowIndex++;
        }
        PdfTemplate t = canvas.createTemplate(width, height);
        // tier labels
        rowIndex = 0;
        for (Integer tier : rows.keySet()) {
            float y = height - 2 - boxH - rowIndex * (boxH + rowGap);
            text(t, fonts.bold, 8, messages.get("figure.tier", messages.integer(tier)), 0, y + boxH / 2 - 3,
                    PdfContentByte.ALIGN_LEFT);
            rowIndex++;
        }
        // ports: spread the ends of several edges along a box side
        Map<String, List<Figure.Edge>> out = new HashMap<>();
        Map<String, List<Figure.Edge>> in = new HashMap<>();
        for (Figure.Edge e : d.edges()) {
            if (boxes.containsKey(e.from()) && boxes.containsKey(e.to())) {
                out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(e -> boxes.get(e.to()).cx())));
        in.values().forEach(l -> l.sort(Comparator.comparing(e -> boxes.get(e.from()).cx())));
        List<Runnable> labels = new ArrayList<>();
        t.setLineWidth(0.8f);
        t.setColorStroke(INK);
        for (Figure.Edge e : d.edges()) {
            Box from = boxes.get(e.from());
            Box to = boxes.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            String rate = messages.format(e.rate());
            BaseFont rf = fontFor(e.rate());
            if (to.y() < from.y()) { // downwards: bottom of customer to top of supplier
                List<Figure.Edge> o = out.get(e.from());
                List<Figure.Edge> i = in.get(e.to());
                float x1 = from.x() + from.w() * (o.indexOf(e) + 1) / (o.size() + 1);
                float y1 = from.y();
                float x2 = to.x() + to.w() * (i.indexOf(e) + 1) / (i.size() + 1);
                float y2 = to.y() + to.h();
                t.moveTo(x1, y1);
                t.lineTo(x2, y2 + 5);
                t.stroke();
                arrowHead(t, x2, y2, x1, y1);
                float mx = (x1 + x2) / 2;
                float my = (y1 + y2) / 2 - 3;
                labels.add(() -> label(t, rf, 7, fit(rf, 7, rate, Math.max(220, Math.abs(x2 - x1) + 80)), mx, my));
            } else if (to.y() == from.y()) { // same row (a shared supplier at the same tier): arc below the row
                boolean rightwards = to.x() > from.x();
                float x1 = from.cx() + (rightwards ? from.w() / 4 : -from.w() / 4);
                float x2 = to.cx() + (rightwards ? -to.w() / 4 : to.w() / 4);
                float y = from.y();
                float depth = 20;
                t.setLineDash(3, 2, 0);
                t.moveTo(x1, y);
                t.curveTo(x1, y - depth, x2, y - depth, x2, y - 5);
                t.stroke();
                t.setLineDash(0);
                arrowHead(t, x2, y, x2, y - 6);
                float mx = (x1 + x2) / 2;
                float my = y - depth * 0.75f - 3;
                labels.add(() -> label(t, rf, 7, rate, mx, my));
            } else { // upwards (a supplier reached by a shorter path): curve on the right of both boxes
                float x1 = from.x() + from.w();
                float y1 = from.y() + from.h() / 2;
                float x2 = to.x() + to.w();
                float y2 = to.y() + to.h() / 2;
                float bulge = Math.min(36, width - Math.max(x1, x2) - 2);
                t.setLineDash(3, 2, 0);
                t.moveTo(x1, y1);
                t.curveTo(Math.max(x1, x2) + bulge, y1, Math.max(x1, x2) + bulge, y2, x2 + 5, y2);
                t.stroke();
                t.setLineDash(0);
                arrowHead(t, x2, y2, x2 + 6, y2);
                float mx = Math.max(x1, x2) + bulge * 0.75f;
                float my = (y1 + y2) / 2;
                labels.add(() -> label(t, rf, 7, rate, Math.min(mx, width - 40), my));
            }
        }
        for (Box b : boxes.values().stream().sorted(Comparator.comparing(b -> b.node().id())).toList()) {
            boolean root = b.node().tier() == 0;
            t.setColorFill(root ? ROOT_FILL : Color.WHITE);
            t.setColorStroke(INK);
            t.setLineWidth(root ? 1.6f : 0.8f);
            t.rectangle(b.x(), b.y(), b.w(), b.h());
            t.fillStroke();
            float inner = b.w() - 8;
            Figure.Node n = b.node();
            text(t, Messages.isGap(n.name()) ? fonts.italic : fonts.bold, 8,
                    fit(fonts.bold, 8, messages.format(n.name()), inner), b.cx(), b.y() + b.h() - 12,
                    PdfContentByte.ALIGN_CENTER);
            text(t, fonts.regular, 7, fit(fonts.regular, 7, messages.format(n.role()) + " \u00b7 " + n.country(),
                    inner), b.cx(), b.y() + b.h() - 24, PdfContentByte.ALIGN_CENTER);
            if (!(n.headcount() instanceof PlanValue.Text tx && tx.text().isEmpty())) {
                String hc = messages.get("figure.workers", messages.format(n.headcount()));
                text(t, fontFor(n.headcount()), 7, fit(fonts.regular, 7, hc, inner), b.cx(), b.y() + 8,
                        PdfContentByte.ALIGN_CENTER);
            }
        }
        labels.forEach(Runnable::run);
        return t;
    }

    // ------------------------------------------------------------------ tier summary

    private PdfTemplate tierSummary(Figure.TierSummary s, float width) {
        final float boxH = 40;
        final float gap = 22;
        int n = s.tiers().size();
        float height = n * boxH + (n - 1) * gap + 2;
        PdfTemplate t = canvas.createTemplate(width, height);
        for (int i = 0; i < n; i++) {
            Figure.TierLine line = s.tiers().get(i);
            float y = height - 1 - boxH - i * (boxH + gap);
            t.setColorFill(i == 0 ? ROOT_FILL : Color.WHITE);
            t.setColorStroke(INK);
            t.setLineWidth(0.8f);
            t.rectangle(40, y, width - 41, boxH);
            t.fillStroke();
            text(t, fonts.bold, 8, messages.get("figure.tier", messages.integer(line.tier())), 0, y + boxH / 2 - 3,
                    PdfContentByte.ALIGN_LEFT);
            String head = messages.get("figure.tierEntities", messages.integer(line.entities()));
            if (!(line.headcount() instanceof PlanValue.Text tx && tx.text().isEmpty())) {
                head += " \u00b7 " + messages.get("figure.workers", messages.format(line.headcount()));
            }
            text(t, fonts.bold, 8, fit(fonts.bold, 8, head, width - 52), 46, y + boxH - 14, PdfContentByte.ALIGN_LEFT);
            text(t, fonts.regular, 7, fit(fonts.regular, 7, messages.format(line.roles()), width - 52), 46, y + 9,
                    PdfContentByte.ALIGN_LEFT);
            if (i + 1 < n) {
                float x = 40 + (width - 41) / 2;
                t.setLineWidth(0.8f);
                t.moveTo(x, y);
                t.lineTo(x, y - gap + 5);
                t.stroke();
                arrowHead(t, x, y - gap, x, y);
            }
        }
        return t;
    }

    // ------------------------------------------------------------------ heat map

    private PdfTemplate heatMap(Figure.HeatMap h, float width) {
        final float left = 46;
        final float bottom = 34;
        final float cell = Math.min(48, (width - left - 10) / h.likelihoodLevels());
        float height = bottom + cell * h.severityLevels() + 6;
        PdfTemplate t = canvas.createTemplate(width, height);
        int max = h.severityLevels() * h.likelihoodLevels();
        for (int s = 1; s <= h.severityLevels(); s++) {
            for (int l = 1; l <= h.likelihoodLevels(); l++) {
                float x = left + (l - 1) * cell;
                float y = bottom + (s - 1) * cell;
                float grey = 1f - 0.8f * (s * l) / (float) max;
                t.setColorFill(new Color(grey, grey, grey));
                t.setColorStroke(INK);
                t.setLineWidth(0.6f);
                t.rectangle(x, y, cell, cell);
                t.fillStroke();
                int count = h.counts().get(s - 1).get(l - 1);
                if (count > 0) {
                    t.beginText();
                    t.setFontAndSize(fonts.bold, 11);
                    t.setColorFill(grey < 0.5f ? Color.WHITE : INK);
                    t.showTextAligned(PdfContentByte.ALIGN_CENTER, messages.integer(count), x + cell / 2,
                            y + cell / 2 - 4, 0);
                    t.endText();
                }
            }
        }
        for (int s = 1; s <= h.severityLevels(); s++) {
            text(t, fonts.regular, 8, messages.integer(s), left - 6, bottom + (s - 0.5f) * cell - 3,
                    PdfContentByte.ALIGN_RIGHT);
        }
        for (int l = 1; l <= h.likelihoodLevels(); l++) {
            text(t, fonts.regular, 8, messages.integer(l), left + (l - 0.5f) * cell, bottom - 11,
                    PdfContentByte.ALIGN_CENTER);
        }
        text(t, fonts.bold, 8, messages.get("figure.likelihood") + " \u2192", left + cell * h.likelihoodLevels() / 2,
                bottom - 26, PdfContentByte.ALIGN_CENTER);
        t.beginText();
        t.setFontAndSize(fonts.bold, 8);
        t.setColorFill(INK);
        t.showTextAligned(PdfContentByte.ALIGN_CENTER, messages.get("figure.severity") + " \u2192", 12,
                bottom + cell * h.severityLevels() / 2, 90);
        t.endText();
        return t;
    }

    // ------------------------------------------------------------------ wage ladder

    private PdfTemplate wageLadder(Figure.WageLadder w, float width) {
        final float labelW = 170;
        final float barH = 12;
        final float gap = 9;
        final float top = 16;
        float barMax = width - labelW - 110;
        BigDecimal max = w.livingWage().orElse(BigDecimal.ZERO);
        for (Figure.Rung r : w.rungs()) {
            max = max.max(r.annualPay());
        }
        int n = w.rungs().size();
        BigDecimal least = w.livingWage().filter(v -> v.signum() > 0).orElse(max);
        for (Figure.Rung r : w.rungs()) {
            if (r.annualPay().signum() > 0) {
                least = least.min(r.annualPay());
            }
        }
        // Pay along an AI chain spans two orders of magnitude (3,000 EUR against 200,000 EUR): a linear scale
        // would flatten every bar but one, so a wide spread is drawn on a logarithmic scale, and said so.
        boolean logScale = least.signum() > 0 && max.doubleValue() / least.doubleValue() > 20;
        double floor = least.doubleValue() / 4;
        double span = logScale ? Math.log(max.doubleValue() / floor) : 0;
        float height = top + n * (barH + gap) + 4 + (logScale ? 10 : 0);
        float base = logScale ? 10 : 0;
        PdfTemplate t = canvas.createTemplate(width, height);
        double scale = max.signum() == 0 ? 0 : barMax / max.doubleValue();
        java.util.function.DoubleUnaryOperator x = v -> logScale
                ? (v <= floor ? 0 : barMax * Math.log(v / floor) / span) : v * scale;
        for (int i = 0; i < n; i++) {
            Figure.Rung r = w.rungs().get(i);
            float y = height - top - (i + 1) * (barH + gap) + gap;
            text(t, fonts.regular, 7.5f, fit(fonts.regular, 7.5f, messages.format(r.label()), labelW - 8), labelW - 6,
                    y + 3, PdfContentByte.ALIGN_RIGHT);
            float len = (float) x.applyAsDouble(r.annualPay().doubleValue());
            t.setColorFill(BAR);
            t.rectangle(labelW, y, Math.max(0.8f, len), barH);
            t.fill();
            float valueX = labelW + len + 4;
            if (w.livingWage().isPresent()) { // keep the figure clear of the living-wage line
                float line = labelW + (float) x.applyAsDouble(w.livingWage().get().doubleValue());
                if (valueX < line + 4 && valueX > line - 50) {
                    valueX = line + 5;
                }
            }
            text(t, fonts.regular, 7.5f, messages.money(r.annualPay()) + " " + w.currency(), valueX, y + 3,
                    PdfContentByte.ALIGN_LEFT);
        }
        w.livingWage().ifPresent(lw -> {
            float lx = labelW + (float) x.applyAsDouble(lw.doubleValue());
            t.setColorStroke(INK);
            t.setLineWidth(1f);
            t.setLineDash(4, 2, 0);
            t.moveTo(lx, 2 + base);
            t.lineTo(lx, height - top + 2);
            t.stroke();
            t.setLineDash(0);
            text(t, fonts.bold, 7.5f, messages.get("figure.livingWage", messages.money(lw) + " " + w.currency()), lx,
                    height - top + 5, PdfContentByte.ALIGN_CENTER);
        });
        if (logScale) {
            text(t, fonts.italic, 7f, messages.get("figure.logScale"), labelW, 2, PdfContentByte.ALIGN_LEFT);
        }
        return t;
    }

    // ------------------------------------------------------------------ pass-through

    private PdfTemplate passThrough(Figure.PassThrough p, float width) {
        final float rowH = 34;
        final float barH = 11;
        int n = p.bars().size();
        float height = n * rowH + 2;
        float barW = width - 4;
        PdfTemplate t = canvas.createTemplate(width, height);
        for (int i = 0; i < n; i++) {
            Figure.PassThroughBar b = p.bars().get(i);
            float y = height - (i + 1) * rowH;
            String caption = messages.format(b.label()) + ": " + messages.get("figure.passThroughBar",
                    messages.money(b.contractRate()) + " " + b.currency(),
                    messages.money(b.hourlyPay()) + " " + b.currency(), messages.percent(b.share()));
            text(t, fonts.regular, 7.5f, fit(fonts.regular, 7.5f, caption, width - 4), 2, y + barH + 7,
                    PdfContentByte.ALIGN_LEFT);
            t.setColorFill(PALE);
            t.setColorStroke(RULE);
            t.setLineWidth(0.6f);
            t.rectangle(2, y + 2, barW, barH);
            t.fillStroke();
            float share = Math.min(1f, b.share().floatValue());
            t.setColorFill(BAR);
            t.rectangle(2, y + 2, Math.max(0.8f, barW * share), barH);
            t.fill();
        }
        return t;
    }
}
