package org.dutyofvigilance.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dutyofvigilance.json.StrictJson;

/** Writes an {@link IndicatorReport} as JSON with a fixed field order, plain decimals and {@code \n} line ends. */
final class ReportJson {
    static final String FORMAT = "vigilance-indicators/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        WRITER = StrictJson.mapper().writer(pp).with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private ReportJson() {
    }

    static String write(IndicatorReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("reportingEntity", report.reportingEntity());
        root.put("reportingYear", report.reportingYear());
        root.put("reportCurrency", report.reportCurrency());
        root.put("rulesVersion", report.rulesVersion());
        root.set("parameters", inputs(report.parameters()));
        root.set("limits", strings(report.limits()));
        ArrayNode risks = root.putArray("risks");
        for (Risk r : report.risks()) {
            ObjectNode o = risks.addObject();
            o.put("rank", r.rank());
            o.put("id", r.id());
            o.put("entity", r.entity());
            o.put("tier", r.tier());
            o.put("category", lower(r.category()));
            o.put("occurrence", lower(r.occurrence()));
            ObjectNode s = o.putObject("severity");
            s.put("scale", r.severity().scale());
            s.put("scope", r.severity().scope());
            s.put("irremediability", r.severity().irremediability());
            s.put("score", r.severity().score());
            o.put("likelihood", r.likelihood());
            o.put("priority", r.priority());
            o.set("drivers", strings(r.drivers()));
            o.set("context", strings(r.context()));
            o.set("incidents", strings(r.incidents()));
            o.put("justification", r.justification());
        }
        ArrayNode inds = root.putArray("indicators");
        for (Indicator i : report.indicators()) {
            ObjectNode o = inds.addObject();
            o.put("id", i.id());
            o.put("code", i.code());
            o.put("subject", i.subject());
            i.entity().ifPresent(e -> o.put("entity", e));
            ObjectNode v = o.putObject("value");
            if (i.value().isKnown()) {
                v.put("amount", i.value().value().orElseThrow());
            } else {
                v.putNull("amount");
                v.put("unknownReason", i.value().unknownReason().orElseThrow());
            }
            v.put("unit", i.value().unit());
            o.put("status", lower(i.status()));
            o.put("statement", i.statement());
            o.put("formula", i.formula());
            o.set("inputs", inputs(i.inputs()));
            o.set("sources", strings(i.sources()));
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode inputs(List<Input> inputs) {
        ArrayNode a = NODES.arrayNode();
        for (Input in : inputs) {
            ObjectNode o = a.addObject();
            o.put("name", in.name());
            o.put("value", in.value());
            o.put("from", in.from());
        }
        return a;
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode a = NODES.arrayNode();
        list.forEach(a::add);
        return a;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
