package org.dutyofvigilance.measure;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dutyofvigilance.json.StrictJson;

/**
 * Streams an {@link IndicatorReport} as JSON with a fixed field order, plain decimals and {@code \n} line
 * ends, without building a tree first (a large chain's report does not have to fit twice in memory).
 */
final class ReportJson {
    static final String FORMAT = "vigilance-indicators/1";

    private ReportJson() {
    }

    static String write(IndicatorReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void write(IndicatorReport report, OutputStream out) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = StrictJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("reportingEntity", report.reportingEntity());
            g.writeNumberField("reportingYear", report.reportingYear());
            g.writeStringField("reportCurrency", report.reportCurrency());
            g.writeStringField("rulesVersion", report.rulesVersion());
            inputs(g, "parameters", report.parameters());
            strings(g, "limits", report.limits());
            g.writeArrayFieldStart("risks");
            for (Risk r : report.risks()) {
                g.writeStartObject();
                g.writeNumberField("rank", r.rank());
                g.writeStringField("id", r.id());
                g.writeStringField("entity", r.entity());
                g.writeNumberField("tier", r.tier());
                g.writeStringField("category", lower(r.category()));
                g.writeStringField("occurrence", lower(r.occurrence()));
                g.writeObjectFieldStart("severity");
                g.writeNumberField("scale", r.severity().scale());
                g.writeNumberField("scope", r.severity().scope());
                g.writeNumberField("irremediability", r.severity().irremediability());
                number(g, "score", r.severity().score());
                g.writeEndObject();
                g.writeNumberField("likelihood", r.likelihood());
                number(g, "priority", r.priority());
                strings(g, "drivers", r.drivers());
                strings(g, "context", r.context());
                strings(g, "incidents", r.incidents());
                g.writeStringField("justification", r.justification());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Indicator i : report.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("code", i.code());
                g.writeStringField("subject", i.subject());
                if (i.entity().isPresent()) {
                    g.writeStringField("entity", i.entity().get());
                }
                g.writeObjectFieldStart("value");
                if (i.value().isKnown()) {
                    number(g, "amount", i.value().value().orElseThrow());
                } else {
                    g.writeNullField("amount");
                    g.writeStringField("unknownReason", i.value().unknownReason().orElseThrow());
                }
                g.writeStringField("unit", i.value().unit());
                g.writeEndObject();
                g.writeStringField("status", lower(i.status()));
                g.writeStringField("statement", i.statement());
                g.writeStringField("formula", i.formula());
                inputs(g, "inputs", i.inputs());
                strings(g, "sources", i.sources());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the indicator report: " + e.getMessage(), e);
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(v);
    }

    private static void inputs(JsonGenerator g, String name, List<Input> inputs) throws IOException {
        g.writeArrayFieldStart(name);
        for (Input in : inputs) {
            g.writeStartObject();
            g.writeStringField("name", in.name());
            g.writeStringField("value", in.value());
            g.writeStringField("from", in.from());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : list) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
