package org.dutyofvigilance.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.PartnerRole;

/** Reads and validates one rule file. Every message names the file and, where there is one, the obligation. */
final class RuleFileParser {
    static final String FORMAT_VERSION = "1.0";
    private static final Pattern RULE_SET_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern OBLIGATION_ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
    private static final Set<String> FILE_KEYS = Set.of("formatVersion", "id", "regime", "title", "version", "date",
            "status", "supersededBy", "valueChainCap", "sources", "parameters", "obligations");
    private static final Set<String> OBLIGATION_KEYS = Set.of("id", "citation", "title", "paraphrase", "appliesTo",
            "requiredFacts", "severity", "status", "note", "sources");
    private static final Set<String> APPLIES_KEYS = Set.of("node", "roles", "relations", "when");
    private static final Set<String> PARAMETER_KEYS = Set.of("value", "status", "note");
    private static final Set<String> TEXT_KEYS = Set.of("en", "fr");
    private static final Set<String> SOURCE_KEYS = Set.of("key", "reference");
    private static final Set<String> FACT_KEYS = Set.of("fact", "maxAgeMonths");

    private final String file;
    private final Map<String, BigDecimal> overrides;
    private String context = "";

    private RuleFileParser(String file, Map<String, BigDecimal> overrides) {
        this.file = file;
        this.overrides = overrides;
    }

    static RuleSet parse(String file, String json, Map<String, BigDecimal> overrides) {
        return new RuleFileParser(file, overrides).parse(json);
    }

    private RuntimeException fail(String message) {
        return new RuleFileException(file, context.isEmpty() ? message : context + ": " + message);
    }

    private RuleSet parse(String json) {
        JsonNode root;
        try {
            root = StrictJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RuleFileException(file, "JSON syntax error" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("a rule file must be a JSON object");
        }
        keys(root, FILE_KEYS, "rule file");
        String format = text(root, "formatVersion");
        if (!FORMAT_VERSION.equals(format)) {
            throw fail("unsupported formatVersion '" + format + "' (this library reads " + FORMAT_VERSION + ")");
        }
        String id = text(root, "id");
        if (!RULE_SET_ID.matcher(id).matches()) {
            throw fail("rule set id '" + id + "' must be lower-case words joined by '-'");
        }
        context = "rule set " + id;
        Regime regime = enumValue(Regime.class, text(root, "regime"), "regime");
        Text title = textPair(root.get("title"), "title");
        String version = text(root, "version");
        LocalDate date = date(text(root, "date"), "date");
        LegalStatus status = enumValue(LegalStatus.class, text(root, "status"), "status");
        Optional<String> supersededBy = optionalText(root, "supersededBy");
        boolean cap = root.has("valueChainCap") && bool(root.get("valueChainCap"), "valueChainCap");
        List<Source> sources = sources(root.get("sources"));
        Set<String> sourceKeys = new HashSet<>();
        for (Source s : sources) {
            if (!sourceKeys.add(s.key())) {
                throw fail("duplicate source key '" + s.key() + "'");
            }
        }
        Map<String, Parameter> parameters = parameters(root.get("parameters"));
        for (String name : overrides.keySet()) {
            if (!parameters.containsKey(name)) {
                throw fail("cannot override unknown parameter '" + name + "' (parameters: "
                        + String.join(", ", parameters.keySet()) + ")");
            }
        }
        JsonNode list = root.get("obligations");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw fail("'obligations' must be a non-empty array");
        }
        List<Obligation> obligations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode o : list) {
            context = "rule set " + id + ", obligation #" + (index + 1);
            Obligation ob = obligation(o, id, regime, sourceKeys, parameters);
            if (!ids.add(ob.id())) {
                throw fail("duplicate obligation id '" + ob.id() + "'");
            }
            obligations.add(ob);
            index++;
        }
        context = "rule set " + id;
        return new RuleSet(id, regime, title, version, date, status, supersededBy, cap, sources, parameters,
                obligations, file);
    }

    private Obligation obligation(JsonNode o, String ruleSetId, Regime regime, Set<String> sourceKeys,
            Map<String, Parameter> parameters) {
        if (!o.isObject()) {
            throw fail("an obligation must be a JSON object");
        }
        String id = text(o, "id");
        context = "rule set " + ruleSetId + ", obligation " + id;
        keys(o, OBLIGATION_KEYS, "obligation");
        if (!OBLIGATION_ID.matcher(id).matches()) {
            throw fail("obligation id must be upper-case words joined by '-', e.g. CSDDD-2024-ART14");
        }
        String citation = text(o, "citation");
        if (!regime.acceptsCitation(citation)) {
            throw fail("bad citation '" + citation + "': a " + regime.key() + " citation must be "
                    + regime.citationGrammar());
        }
        Text title = textPair(o.get("title"), "title");
        Text paraphrase = textPair(o.get("paraphrase"), "paraphrase");
        Applicability applies = applicability(o.get("appliesTo"), parameters);
        List<RequiredFact> facts = new ArrayList<>();
        JsonNode rf = o.get("requiredFacts");
        if (rf == null || !rf.isArray()) {
            throw fail("'requiredFacts' must be an array");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode f : rf) {
            RequiredFact fact = requiredFact(f, applies.node(), parameters);
            if (!seen.add(fact.key())) {
                throw fail("fact '" + fact.key() + "' is listed twice");
            }
            facts.add(fact);
        }
        Severity severity = enumValue(Severity.class, text(o, "severity"), "severity");
        LegalStatus status = o.has("status") ? enumValue(LegalStatus.class, text(o, "status"), "status")
                : LegalStatus.IN_FORCE;
        if (facts.isEmpty() && status != LegalStatus.DELETED) {
            throw fail("'requiredFacts' is empty: an obligation that is not deleted must name at least one fact");
        }
        Optional<Text> note = o.has("note") ? Optional.of(textPair(o.get("note"), "note")) : Optional.empty();
        List<String> sources = new ArrayList<>();
        JsonNode sn = o.get("sources");
        if (sn == null || !sn.isArray() || sn.isEmpty()) {
            throw fail("'sources' must be a non-empty array of source keys");
        }
        for (JsonNode s : sn) {
            if (!s.isTextual() || !sourceKeys.contains(s.asText())) {
                throw fail("unknown source key " + s + " (the rule set's 'sources' define: "
                        + String.join(", ", new java.util.TreeSet<>(sourceKeys)) + ")");
            }
            sources.add(s.asText());
        }
        return new Obligation(id, ruleSetId, regime, citation, title, paraphrase, applies, facts, severity, status,
                note, sources);
    }

    private Applicability applicability(JsonNode a, Map<String, Parameter> parameters) {
        if (a == null || !a.isObject()) {
            throw fail("'appliesTo' must be an object");
        }
        keys(a, APPLIES_KEYS, "appliesTo");
        NodeKind node = enumValue(NodeKind.class, text(a, "node"), "appliesTo.node");
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (a.has("roles")) {
            for (JsonNode r : array(a.get("roles"), "appliesTo.roles")) {
                roles.add(enumValue(PartnerRole.class, r.asText(), "appliesTo.roles"));
            }
        }
        Set<PartnerRelation> relations = EnumSet.noneOf(PartnerRelation.class);
        if (a.has("relations")) {
            for (JsonNode r : array(a.get("relations"), "appliesTo.relations")) {
                relations.add(enumValue(PartnerRelation.class, r.asText(), "appliesTo.relations"));
            }
        }
        List<Condition> when = new ArrayList<>();
        if (a.has("when")) {
            for (JsonNode c : array(a.get("when"), "appliesTo.when")) {
                when.add(condition(c, node, parameters));
            }
        }
        return new Applicability(node, roles, relations, when);
    }

    private Condition condition(JsonNode c, NodeKind kind, Map<String, Parameter> parameters) {
        if (!c.isObject()) {
            throw fail("a condition must be a JSON object, got " + c);
        }
        if (c.has("all") || c.has("any")) {
            String k = c.has("all") ? "all" : "any";
            keys(c, Set.of(k), "condition");
            List<Condition> parts = new ArrayList<>();
            for (JsonNode p : array(c.get(k), k)) {
                parts.add(condition(p, kind, parameters));
            }
            if (parts.isEmpty()) {
                throw fail("'" + k + "' needs at least one condition");
            }
            return k.equals("all") ? new Condition.All(List.copyOf(parts)) : new Condition.Any(List.copyOf(parts));
        }
        if (c.has("not")) {
            keys(c, Set.of("not"), "condition");
            return new Condition.Not(condition(c.get("not"), kind, parameters));
        }
        if (c.has("relation")) {
            keys(c, Set.of("relation"), "condition");
            Set<PartnerRelation> set = EnumSet.noneOf(PartnerRelation.class);
            for (JsonNode r : array(c.get("relation"), "relation")) {
                set.add(enumValue(PartnerRelation.class, r.asText(), "relation"));
            }
            return new Condition.RelationIn(Set.copyOf(set));
        }
        if (c.has("role")) {
            keys(c, Set.of("role"), "condition");
            Set<PartnerRole> set = EnumSet.noneOf(PartnerRole.class);
            for (JsonNode r : array(c.get("role"), "role")) {
                set.add(enumValue(PartnerRole.class, r.asText(), "role"));
            }
            return new Condition.RoleIn(Set.copyOf(set));
        }
        if (c.has("countriesIn")) {
            keys(c, Set.of("countriesIn", "fact"), "condition");
            JsonNode spec = c.get("countriesIn");
            Set<String> countries;
            String label;
            if (spec.isTextual()) {
                label = spec.asText();
                countries = CountryGroups.group(label)
                        .orElseThrow(() -> fail("unknown country group '" + label + "' (known: EU)"));
            } else {
                Set<String> set = new HashSet<>();
                for (JsonNode n : array(spec, "countriesIn")) {
                    set.add(n.asText().toUpperCase(Locale.ROOT));
                }
                countries = Set.copyOf(set);
                label = new java.util.TreeSet<>(set).toString();
            }
            String key = c.has("fact") ? text(c, "fact") : defaultCountryFact(kind);
            FactPath path = fact(key, kind);
            if (path.leafType() != String.class) {
                throw fail("'countriesIn' needs a fact holding country codes; '" + key + "' holds "
                        + path.leafType().getSimpleName());
            }
            return new Condition.CountriesIn(path, label, countries);
        }
        if (c.has("fact")) {
            keys(c, Set.of("fact", "op", "value", "param"), "condition");
            FactPath path = fact(text(c, "fact"), kind);
            Condition.Op op = enumValue(Condition.Op.class, text(c, "op"), "op");
            if (op == Condition.Op.PRESENT) {
                if (c.has("value") || c.has("param")) {
                    throw fail("op 'present' takes no value");
                }
                return new Condition.Compare(path, op, null);
            }
            JsonNode value;
            if (c.has("param")) {
                if (c.has("value")) {
                    throw fail("give either 'value' or 'param', not both");
                }
                Parameter p = parameters.get(text(c, "param"));
                if (p == null) {
                    throw fail("unknown parameter '" + text(c, "param") + "'");
                }
                value = StrictJson.mapper().getNodeFactory().numberNode(p.value());
            } else {
                value = c.get("value");
                if (value == null) {
                    throw fail("condition on '" + path.key() + "' needs a 'value' or a 'param'");
                }
            }
            Object literal;
            if (op == Condition.Op.IN) {
                Set<Object> set = new HashSet<>();
                for (JsonNode v : array(value, "value")) {
                    set.add(literal(v, path));
                }
                literal = Set.copyOf(set);
            } else {
                literal = literal(value, path);
                boolean ordered = literal instanceof BigDecimal || literal instanceof LocalDate;
                if (!ordered && op != Condition.Op.EQ && op != Condition.Op.NE) {
                    throw fail("op '" + op.name().toLowerCase(Locale.ROOT) + "' needs a number or a date; '"
                            + path.key() + "' holds " + path.leafType().getSimpleName());
                }
            }
            return new Condition.Compare(path, op, literal);
        }
        throw fail("unknown condition " + c + " (use fact/op/value, countriesIn, relation, role, all, any, not)");
    }

    private String defaultCountryFact(NodeKind kind) {
        return switch (kind) {
            case SEGMENT -> "segment.countries";
            case PARTNER -> "partner.segments.countries";
            case COMPANY -> "company.country";
            case MECHANISM, RELATIONSHIP -> throw fail("'countriesIn' on a " + kind.key() + " needs a 'fact'");
        };
    }

    private Object literal(JsonNode v, FactPath path) {
        Class<?> t = path.leafType();
        String where = "value " + v + " for '" + path.key() + "'";
        if (t == Boolean.class || t == boolean.class) {
            if (!v.isBoolean()) {
                throw fail(where + " must be true or false");
            }
            return v.booleanValue();
        }
        if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class) {
            if (!v.isNumber()) {
                throw fail(where + " must be a number");
            }
            return v.decimalValue();
        }
        if (t.isEnum()) {
            if (!v.isTextual()) {
                throw fail(where + " must be one of " + enumNames(t));
            }
            for (Object constant : t.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(v.asText())) {
                    return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
                }
            }
            throw fail(where + " must be one of " + enumNames(t));
        }
        if (t == LocalDate.class) {
            return date(v.asText(), where);
        }
        if (t == String.class) {
            if (!v.isTextual()) {
                throw fail(where + " must be a string");
            }
            return v.asText();
        }
        throw fail("'" + path.key() + "' holds " + t.getSimpleName() + ", which cannot be compared; use op 'present'");
    }

    private static String enumNames(Class<?> t) {
        List<String> names = new ArrayList<>();
        for (Object c : t.getEnumConstants()) {
            names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        return names.toString();
    }

    private RequiredFact requiredFact(JsonNode f, NodeKind kind, Map<String, Parameter> parameters) {
        if (f.isTextual()) {
            return new RequiredFact(fact(f.asText(), kind), OptionalInt.empty());
        }
        if (!f.isObject()) {
            throw fail("a required fact must be a fact key or an object {fact, maxAgeMonths}");
        }
        keys(f, FACT_KEYS, "required fact");
        FactPath path = fact(text(f, "fact"), kind);
        OptionalInt age = OptionalInt.empty();
        if (f.has("maxAgeMonths")) {
            if (path.leafType() != LocalDate.class) {
                throw fail("'maxAgeMonths' needs a date fact; '" + path.key() + "' holds "
                        + path.leafType().getSimpleName());
            }
            JsonNode m = f.get("maxAgeMonths");
            BigDecimal months;
            if (m.isObject() && m.has("param")) {
                keys(m, Set.of("param"), "maxAgeMonths");
                Parameter p = parameters.get(m.get("param").asText());
                if (p == null) {
                    throw fail("unknown parameter '" + m.get("param").asText() + "'");
                }
                months = p.value();
            } else if (m.isIntegralNumber()) {
                months = m.decimalValue();
            } else {
                throw fail("'maxAgeMonths' must be a whole number or {\"param\": name}");
            }
            try {
                age = OptionalInt.of(months.intValueExact());
            } catch (ArithmeticException e) {
                throw fail("'maxAgeMonths' must be a whole number of months");
            }
        }
        return new RequiredFact(path, age);
    }

    private FactPath fact(String key, NodeKind kind) {
        try {
            return FactPath.parse(key, kind);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private Map<String, Parameter> parameters(JsonNode p) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        if (p == null) {
            return map;
        }
        if (!p.isObject()) {
            throw fail("'parameters' must be an object of name → {value, status, note}");
        }
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            JsonNode v = e.getValue();
            if (!v.isObject()) {
                throw fail("parameter '" + e.getKey() + "' must be an object {value, status, note}");
            }
            keys(v, PARAMETER_KEYS, "parameter '" + e.getKey() + "'");
            JsonNode value = v.get("value");
            if (value == null || !value.isNumber()) {
                throw fail("parameter '" + e.getKey() + "' needs a numeric 'value'");
            }
            BigDecimal override = overrides.get(e.getKey());
            map.put(e.getKey(), new Parameter(e.getKey(), override != null ? override : value.decimalValue(),
                    enumValue(LegalStatus.class, text(v, "status"), "parameter status"),
                    textPair(v.get("note"), "note"), override != null));
        }
        return map;
    }

    private List<Source> sources(JsonNode s) {
        if (s == null || !s.isArray() || s.isEmpty()) {
            throw fail("'sources' must be a non-empty array of {key, reference}");
        }
        List<Source> list = new ArrayList<>();
        for (JsonNode n : s) {
            if (!n.isObject()) {
                throw fail("a source must be an object {key, reference}");
            }
            keys(n, SOURCE_KEYS, "source");
            list.add(new Source(text(n, "key"), text(n, "reference")));
        }
        return list;
    }

    private Text textPair(JsonNode t, String name) {
        if (t == null || !t.isObject()) {
            throw fail("'" + name + "' must be an object {\"en\": ..., \"fr\": ...}");
        }
        keys(t, TEXT_KEYS, name);
        return new Text(text(t, "en"), text(t, "fr"));
    }

    private void keys(JsonNode node, Set<String> allowed, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw fail("unknown property '" + n + "' in " + what + " (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private Iterable<JsonNode> array(JsonNode n, String name) {
        if (n == null || !n.isArray()) {
            throw fail("'" + name + "' must be an array");
        }
        return n;
    }

    private String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw fail("'" + name + "' must be a non-blank string");
        }
        return v.asText();
    }

    private Optional<String> optionalText(JsonNode node, String name) {
        return node.has(name) ? Optional.of(text(node, name)) : Optional.empty();
    }

    private boolean bool(JsonNode v, String name) {
        if (!v.isBoolean()) {
            throw fail("'" + name + "' must be true or false");
        }
        return v.booleanValue();
    }

    private LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(name + " '" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String text, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw fail("unknown " + name + " '" + text + "' (one of " + enumNames(type) + ")");
    }
}
