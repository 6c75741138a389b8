package org.dutyofvigilance.rules;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.WorkforceSegment;

/**
 * A fact key such as {@code segment.conditions.harmfulContentHoursPerDay}, checked against the model and
 * compiled once. The first word is the root (the node kind, or {@code chain} for company rules); the next
 * words are record components of the model, read by reflection, so a key that does not name a component
 * is rejected when the rule file is loaded. A few derived collections follow a root directly
 * ({@code partner.actions}, {@code partner.segments}, {@code segment.incidents}…; see {@code docs/rules.md}).
 * {@code Optional} and {@code List} values are unwrapped on the way. Immutable and thread-safe.
 */
public final class FactPath {
    private final String key;
    private final String relative;
    private final String root;
    private final boolean derivedRoot;
    private final Step[] steps;
    private final Class<?> leafType;
    private final boolean branches;

    /** Where values start: {@link #CHAIN}, {@link #COMPANY} or the node's own record. */
    private final int start;
    private final boolean ownField;
    private static final int NODE = 0;
    private static final int CHAIN = 1;
    private static final int COMPANY = 2;

    private FactPath(String key, String root, Step[] steps, Class<?> leafType, boolean derivedRoot, boolean branches) {
        this.start = switch (root) {
            case "chain" -> CHAIN;
            case "company" -> COMPANY;
            default -> NODE;
        };
        this.ownField = !derivedRoot && !root.equals("chain");
        this.branches = branches;
        this.key = key;
        this.root = root;
        int dot = key.indexOf('.');
        this.relative = dot < 0 ? "" : key.substring(dot + 1);
        this.steps = steps;
        this.leafType = leafType;
        this.derivedRoot = derivedRoot;
    }

    /**
     * Compiles a fact key for an obligation on nodes of a kind.
     *
     * @throws IllegalArgumentException naming the first word that is not a component, with the components
     *                                  that would be valid there
     */
    public static FactPath parse(String key, NodeKind kind) {
        Objects.requireNonNull(key, "key");
        String[] words = key.split("\\.", -1);
        if (key.isBlank() || Arrays.stream(words).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("unknown fact key '" + key + "': empty word");
        }
        Map<String, Class<?>> roots = Vocabulary.roots(kind);
        Class<?> type = roots.get(words[0]);
        if (type == null) {
            throw new IllegalArgumentException("unknown fact key '" + key + "': a " + kind.key()
                    + " rule must start with " + roots.keySet().stream().map(r -> r + ".")
                            .collect(Collectors.joining(" or ")));
        }
        List<Step> steps = new ArrayList<>();
        boolean derived = false;
        boolean branches = false;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (i == 1) {
                Vocabulary.Derived d = Vocabulary.derived(words[0]).get(word);
                if (d != null) {
                    steps.add(new Step(null, d.function(), d.slot()));
                    type = d.elementType();
                    derived = true;
                    branches = true;
                    continue;
                }
            }
            if (!type.isRecord()) {
                throw new IllegalArgumentException("unknown fact key '" + key + "': '" + words[i - 1]
                        + "' is a " + type.getSimpleName() + ", which has no field '" + word + "'");
            }
            RecordComponent component = Vocabulary.component(type, word);
            if (component == null) {
                List<String> valid = new ArrayList<>(Vocabulary.componentNames(type));
                if (i == 1) {
                    valid.addAll(Vocabulary.derived(words[0]).keySet());
                }
                throw new IllegalArgumentException("unknown fact key '" + key + "': '" + word + "' is not a field of "
                        + type.getSimpleName() + " (fields: " + String.join(", ", valid) + ")");
            }
            steps.add(new Step(accessor(component.getAccessor()), null, -1));
            branches |= mentionsList(component.getGenericType());
            type = elementType(component.getGenericType());
        }
        return new FactPath(key, words[0], steps.toArray(Step[]::new), type, derived, branches);
    }

    /**
     * A fast accessor for a record component: a lambda spun once by {@link LambdaMetafactory}, so reading a
     * fact costs an interface call rather than a reflective or method-handle invocation.
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> accessor(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(accessor);
            Class<?> returned = accessor.getReturnType();
            Class<?> boxed = returned.isPrimitive() ? MethodType.methodType(returned).wrap().returnType() : returned;
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(boxed, accessor.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static boolean mentionsList(Type type) {
        Type t = type;
        while (t instanceof ParameterizedType p) {
            if (p.getRawType() == List.class) {
                return true;
            }
            if (p.getRawType() != Optional.class) {
                return false;
            }
            t = p.getActualTypeArguments()[0];
        }
        return false;
    }

    private static Class<?> elementType(Type type) {
        Type t = type;
        while (t instanceof ParameterizedType p
                && (p.getRawType() == Optional.class || p.getRawType() == List.class)) {
            t = p.getActualTypeArguments()[0];
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return (Class<?>) t;
    }

    /** The key as written, e.g. {@code segment.pay}. */
    public String key() {
        return key;
    }

    /** The key without its root, e.g. {@code pay}; evidence names fields this way. */
    public String relative() {
        return relative;
    }

    /** Whether the key reads the node's own record (not {@code chain.*} nor a derived collection). */
    public boolean ownField() {
        return ownField;
    }

    /** The type of the values at the end of the key, after unwrapping {@code Optional} and {@code List}. */
    public Class<?> leafType() {
        return leafType;
    }

    /** The values this key gives for a node of the chain. */
    public FactValues resolve(FactNode node, ChainFacts facts) {
        Object start = switch (root) {
            case "chain" -> facts.chain();
            case "company" -> facts.chain().reportingCompany();
            default -> node.value();
        };
        if (!branches) {
            Object single = single(start, node, facts);
            return single != null && Vocabulary.disclosed(single) ? new FactValues(List.of(single), 0) : UNDISCLOSED;
        }
        List<Object> found = new ArrayList<>(2);
        int[] absent = new int[1];
        if (steps.length == 0) {
            leaf(start, found, absent);
        } else {
            walk(start, 0, node, facts, found, absent);
        }
        return new FactValues(found, absent[0]);
    }

    private static final FactValues UNDISCLOSED = new FactValues(List.of(), 1);

    /**
     * Counts what this key gives for a node into {@code into}, without collecting the values: the same
     * figures as {@link #resolve} ({@code disclosed().size()}, {@code undisclosed()}) and the latest
     * disclosed date. Meant for checks that only need counts; does not allocate.
     */
    public void tally(FactNode node, ChainFacts facts, FactTally into) {
        into.reset();
        into.test = null;
        visit(node, facts, into);
    }

    /**
     * Visits the leaves until {@code test} matches a disclosed one ({@code into.matched}); the counts in
     * {@code into} are then partial. Used by conditions, which stop at the first value that satisfies them.
     */
    void scan(FactNode node, ChainFacts facts, FactTally into, FactTally.LeafTest test) {
        into.reset();
        into.test = test;
        visit(node, facts, into);
        into.test = null;
    }

    private void visit(FactNode node, ChainFacts facts, FactTally into) {
        Object start = switch (this.start) {
            case CHAIN -> facts.chain();
            case COMPANY -> facts.chain().reportingCompany();
            default -> node.value();
        };
        if (!branches) {
            Object single = single(start, node, facts);
            if (single != null && Vocabulary.disclosed(single)) {
                into.accept(single);
            } else {
                into.undisclosed++;
            }
        } else if (steps.length == 0) {
            leaf(start, into);
        } else {
            visit(start, 0, node, facts, into);
        }
    }

    /** {@link #walk} for a tally: returns true when the tally asks to stop. */
    private boolean visit(Object value, int index, FactNode node, ChainFacts facts, FactTally into) {
        Step step = steps[index];
        Object next = step.derived != null ? into.derived(step.slot, step.derived, node, facts)
                : step.accessor.apply(value);
        boolean last = index == steps.length - 1;
        while (next instanceof Optional<?> o) {
            if (o.isEmpty()) {
                into.undisclosed++;
                return false;
            }
            next = o.get();
        }
        if (next == null) {
            into.undisclosed++;
            return false;
        }
        if (next instanceof List<?> list) {
            int n = list.size();
            if (n == 0) {
                into.undisclosed++;
                return false;
            }
            for (int i = 0; i < n; i++) {
                Object element = list.get(i);
                if (last ? leaf(element, into) : visit(element, index + 1, node, facts, into)) {
                    return true;
                }
            }
            return false;
        }
        return last ? leaf(next, into) : visit(next, index + 1, node, facts, into);
    }

    private static boolean leaf(Object value, FactTally into) {
        if (Vocabulary.disclosed(value)) {
            return into.accept(value);
        }
        into.undisclosed++;
        return false;
    }

    /** For keys that never pass through a list: the one value at the end, or null when not disclosed. */
    private Object single(Object start, FactNode node, ChainFacts facts) {
        Object value = start;
        for (Step step : steps) {
            value = step.get(value, node, facts);
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (value == null) {
                return null;
            }
        }
        return value;
    }

    private void walk(Object value, int index, FactNode node, ChainFacts facts, List<Object> found, int[] absent) {
        Step step = steps[index];
        Object next = step.get(value, node, facts);
        boolean last = index == steps.length - 1;
        while (next instanceof Optional<?> o) {
            if (o.isEmpty()) {
                absent[0]++;
                return;
            }
            next = o.get();
        }
        if (next == null) {
            absent[0]++;
            return;
        }
        if (next instanceof List<?> list) {
            if (list.isEmpty()) {
                absent[0]++;
                return;
            }
            for (Object element : list) {
                if (last) {
                    leaf(element, found, absent);
                } else {
                    walk(element, index + 1, node, facts, found, absent);
                }
            }
            return;
        }
        if (last) {
            leaf(next, found, absent);
        } else {
            walk(next, index + 1, node, facts, found, absent);
        }
    }

    private static void leaf(Object value, List<Object> found, int[] absent) {
        if (Vocabulary.disclosed(value)) {
            found.add(value);
        } else {
            absent[0]++;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactPath p && p.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }

    private record Step(Function<Object, Object> accessor, BiFunction<FactNode, ChainFacts, List<?>> derived,
            int slot) {
        Object get(Object value, FactNode node, ChainFacts facts) {
            return derived != null ? derived.apply(node, facts) : accessor.apply(value);
        }
    }

    /** The fact vocabulary: roots per node kind, derived collections, record components by reflection. */
    static final class Vocabulary {
        /** A derived collection; {@code slot} numbers it for {@link FactTally}'s per-node cache. */
        record Derived(Class<?> elementType, BiFunction<FactNode, ChainFacts, List<?>> function, int slot) {
        }

        @SuppressWarnings("unchecked")
        private static final ClassValue<Function<Object, Object>[]> ACCESSORS = new ClassValue<>() {
            @Override
            protected Function<Object, Object>[] computeValue(Class<?> type) {
                return Arrays.stream(COMPONENTS.get(type)).map(c -> accessor(c.getAccessor()))
                        .toArray(Function[]::new);
            }
        };

        private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
            @Override
            protected RecordComponent[] computeValue(Class<?> type) {
                RecordComponent[] c = type.getRecordComponents();
                return c == null ? new RecordComponent[0] : c;
            }
        };

        private static final Map<String, Derived> PARTNER_DERIVED = sorted(Map.of(
                "actions", new Derived(Action.class, (n, f) -> f.actionsTargeting(n.id()), 0),
                "consultations", new Derived(StakeholderConsultation.class, (n, f) -> f.consultationsAbout(n.id()), 1),
                "inbound", new Derived(BusinessRelationship.class, (n, f) -> f.graph().customersOf(n.id()), 2),
                "outbound", new Derived(BusinessRelationship.class, (n, f) -> f.graph().suppliersOf(n.id()), 3),
                "segments", new Derived(WorkforceSegment.class, (n, f) -> f.graph().segmentsAt(n.id()), 4),
                "mechanisms", new Derived(GrievanceMechanism.class, (n, f) -> f.mechanismsOperatedBy(n.id()), 5),
                "incidents", new Derived(Incident.class, (n, f) -> f.incidentsAt(n.id()), 6)));
        private static final Map<String, Derived> SEGMENT_DERIVED = sorted(Map.of(
                "actions", new Derived(Action.class, (n, f) -> f.actionsTargeting(n.id()), 7),
                "incidents", new Derived(Incident.class, (n, f) -> f.incidentsOfSegment(n.id()), 8)));
        /** How many derived collections there are (slots of {@link FactTally}'s cache). */
        static final int SLOTS = 9;

        private static final Map<String, Class<?>> COMPANY_ROOTS;

        static {
            Map<String, Class<?>> roots = new java.util.LinkedHashMap<>();
            roots.put("company", ReportingCompany.class);
            roots.put("chain", ChainOfActivities.class);
            COMPANY_ROOTS = java.util.Collections.unmodifiableMap(roots);
        }

        private Vocabulary() {
        }

        private static <V> Map<String, V> sorted(Map<String, V> map) {
            return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
        }

        static Map<String, Class<?>> roots(NodeKind kind) {
            return switch (kind) {
                case COMPANY -> COMPANY_ROOTS;
                case PARTNER -> Map.of("partner", org.dutyofvigilance.model.BusinessPartner.class);
                case RELATIONSHIP -> Map.of("relationship", BusinessRelationship.class);
                case SEGMENT -> Map.of("segment", WorkforceSegment.class);
                case MECHANISM -> Map.of("mechanism", GrievanceMechanism.class);
            };
        }

        static Map<String, Derived> derived(String root) {
            return switch (root) {
                case "partner" -> PARTNER_DERIVED;
                case "segment" -> SEGMENT_DERIVED;
                default -> Map.of();
            };
        }

        static RecordComponent component(Class<?> type, String name) {
            for (RecordComponent c : COMPONENTS.get(type)) {
                if (c.getName().equals(name)) {
                    return c;
                }
            }
            return null;
        }

        static List<String> componentNames(Class<?> type) {
            return Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getName).toList();
        }

        /** A value is disclosed unless it is empty, or a record none of whose components is disclosed. */
        static boolean disclosed(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof Optional<?> o) {
                return o.isPresent() && disclosed(o.get());
            }
            if (value instanceof List<?> l) {
                return !l.isEmpty();
            }
            if (!(value instanceof Record)) { // only records extend Record; cheaper than Class.isRecord()
                return true;
            }
            for (Function<Object, Object> accessor : ACCESSORS.get(value.getClass())) {
                if (disclosed(accessor.apply(value))) {
                    return true;
                }
            }
            return false;
        }
    }
}
