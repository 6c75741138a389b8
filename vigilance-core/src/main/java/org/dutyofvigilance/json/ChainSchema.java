package org.dutyofvigilance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The JSON Schema (draft 2020-12) of the chain format, derived from the model records so that the two can
 * never drift apart. The same text is shipped as {@code chain.schema.json} beside this class and printed by
 * {@code vigilance schema}.
 */
public final class ChainSchema {
    /** The {@code $id} of the schema. */
    public static final String ID = "https://dutyofvigilance.org/schema/chain-1.0.json";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Fields that are required in Java but have a default when absent from JSON. */
    private static final Set<String> DEFAULTED = Set.of("WorkforceSegment.headcount", "WorkforceSegment.conditions");
    private static final String ID_PATTERN = "^[A-Za-z0-9._:-]{1,128}$";
    private static final Set<String> ID_FIELDS = Set.of("id", "entityId", "customer", "supplier", "entity", "operator",
            "target", "subject", "segment");

    private ChainSchema() {
    }

    /** The schema as indented JSON text. */
    public static String json() {
        try {
            return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(build()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    static ObjectNode build() {
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Chain of activities (vigilance format " + ChainOfActivities.CURRENT_FORMAT_VERSION + ")");
        root.put("description", "A reporting company's chain of activities: entities, relationships, workforce and the"
                + " facts a vigilance plan needs. A field left out or null means 'not disclosed'.");
        root.put("$ref", "#/$defs/ChainOfActivities");
        define(ChainOfActivities.class, defs);
        ObjectNode d = root.putObject("$defs");
        defs.forEach(d::set);
        return root;
    }

    private static void define(Class<?> record, Map<String, ObjectNode> defs) {
        String name = record.getSimpleName();
        if (defs.containsKey(name)) {
            return;
        }
        ObjectNode def = F.objectNode();
        defs.put(name, def);
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        props.putObject("$comment").put("type", "string").put("description", "A comment for people; ignored on reading.");
        ArrayNode required = F.arrayNode();
        for (RecordComponent rc : record.getRecordComponents()) {
            AnnotatedType type = rc.getAnnotatedType();
            Class<?> raw = rc.getType();
            ObjectNode prop;
            if (raw == Optional.class) {
                prop = nullable(schemaOf(argument(type), rc.getName(), defs));
            } else if (raw == List.class) {
                prop = F.objectNode();
                prop.put("type", "array");
                prop.set("items", schemaOf(argument(type), rc.getName(), defs));
            } else {
                prop = schemaOf(type, rc.getName(), defs);
                if (!DEFAULTED.contains(name + "." + rc.getName())) {
                    required.add(rc.getName());
                }
            }
            if (rc.getName().equals("formatVersion")) {
                prop.put("pattern", "^1(\\.[0-9]+)?$");
            }
            props.set(rc.getName(), prop);
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
    }

    private static AnnotatedType argument(AnnotatedType type) {
        return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode n = F.objectNode();
        ArrayNode any = n.putArray("anyOf");
        any.add(schema);
        any.addObject().put("type", "null");
        return n;
    }

    private static ObjectNode schemaOf(AnnotatedType annotated, String field, Map<String, ObjectNode> defs) {
        Class<?> raw = annotated.getType() instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : (Class<?>) annotated.getType();
        ObjectNode s = F.objectNode();
        if (raw.isRecord()) {
            define(raw, defs);
            s.put("$ref", "#/$defs/" + raw.getSimpleName());
        } else if (raw.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
            }
        } else if (raw == String.class) {
            s.put("type", "string");
            if (ID_FIELDS.contains(field) || field.equals("grievanceMechanisms")) {
                s.put("pattern", ID_PATTERN);
            } else if (field.equals("country") || field.equals("originCountry") || field.equals("countries")) {
                s.put("pattern", "^[A-Z]{2}$");
            } else if (field.equals("currency") || field.equals("reportCurrency") || field.equals("from") || field.equals("to")) {
                s.put("pattern", "^[A-Z]{3}$");
            } else {
                s.put("minLength", 1);
            }
        } else if (raw == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
        } else if (raw == BigDecimal.class) {
            s.put("type", "number");
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            s.put("type", "integer");
        } else if (raw == Boolean.class || raw == boolean.class) {
            s.put("type", "boolean");
        } else {
            throw new IllegalStateException("no schema mapping for " + raw);
        }
        for (Annotation a : annotated.getAnnotations()) {
            if (a instanceof PositiveOrZero) {
                s.put("minimum", 0);
            } else if (a instanceof Positive) {
                s.put("exclusiveMinimum", 0);
            } else if (a instanceof Min m) {
                s.put("minimum", m.value());
            } else if (a instanceof Max m) {
                s.put("maximum", m.value());
            } else if (a instanceof DecimalMin m) {
                s.put("minimum", new BigDecimal(m.value()));
            } else if (a instanceof DecimalMax m) {
                s.put("maximum", new BigDecimal(m.value()));
            }
        }
        return s;
    }
}
