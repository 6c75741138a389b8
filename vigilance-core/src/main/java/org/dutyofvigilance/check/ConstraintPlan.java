package org.dutyofvigilance.check;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * The model's jakarta constraint annotations compiled, once, into plain checks: which record components to
 * read, which ranges to test, which beans to descend into ({@link Valid}), exactly where Hibernate Validator
 * would look (fields of records, their {@code Optional} and {@code List} elements).
 *
 * <p>Supported: {@link PositiveOrZero}, {@link Positive}, {@link Min}, {@link Max}, {@link DecimalMin},
 * {@link DecimalMax} on {@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger} and
 * {@code BigDecimal}, in the default group, directly on a component or on the element of an {@code Optional}
 * or a {@code List}; {@link Valid} on a record component or on such an element. Any other validation
 * annotation anywhere in the cascaded model (a new kind, a class-level constraint, a group, a constraint on
 * a method) stops the class from initialising, so that no constraint can be skipped silently.
 *
 * <p>The screen says only whether a value breaks a constraint; Hibernate Validator still words the findings.
 * Thread-safe: the compiled plan is immutable and built on first use.
 */
final class ConstraintPlan {
    private static final int OWN = 1;
    private static final int NESTED = 2;

    private ConstraintPlan() {
    }

    /** A top-level node of the chain in which some constraint is broken. */
    record Flagged(String property, int index, Object bean) {
    }

    /** What the screen of one chain found; exists only when something is flagged. */
    static final class Screen {
        private final List<Flagged> flagged = new ArrayList<>();
        private IdentityHashMap<Object, Boolean> leaves;
        private boolean whole;

        /** Whether the whole chain must be validated (a flagged bean instance occurs at two places). */
        boolean needsWholeChain() {
            return whole;
        }

        /** The flagged top-level nodes, in the order of the chain's lists. */
        List<Flagged> flagged() {
            return flagged;
        }

        private void leaf(Object bean) {
            if (leaves == null) {
                leaves = new IdentityHashMap<>();
            }
            if (leaves.put(bean, Boolean.TRUE) != null) {
                whole = true;
            }
        }

        private boolean empty() {
            return flagged.isEmpty() && !whole;
        }
    }

    private static final class Root {
        static final Bean PLAN = compile(ChainOfActivities.class);
    }

    /** Screens the chain; {@code null} when no constraint is broken. */
    static Screen screen(ChainOfActivities chain) {
        Screen s = new Screen();
        for (Component c : Root.PLAN.components) {
            if (c.rules.length > 0 || c.container == Container.OPTIONAL) {
                if (c.scan(chain, s) != 0) {
                    s.whole = true;
                }
                continue;
            }
            Object v = c.get(chain);
            if (v == null) {
                continue;
            }
            if (c.container == Container.LIST) {
                List<?> list = (List<?>) v;
                for (int i = 0, n = list.size(); i < n; i++) {
                    Object e = list.get(i);
                    if (e != null && c.cascade.scan(e, s)) {
                        s.flagged.add(new Flagged(c.name, i, e));
                    }
                }
            } else if (c.cascade.scan(v, s)) {
                s.flagged.add(new Flagged(c.name, -1, v));
            }
        }
        return s.empty() ? null : s;
    }

    private enum Container {
        NONE, OPTIONAL, LIST
    }

    private enum Op {
        AT_LEAST_ZERO, ABOVE_ZERO, AT_LEAST, AT_MOST, ABOVE, BELOW
    }

    /** One range check of a value that is not null: one class, so every call of {@link #ok} is the same. */
    private static final class Rule {
        private final Op op;
        private final Kind kind;
        private final long longBound;
        private final BigDecimal bound;

        /** Whether the bound is a whole number within the range of a long (then held in {@code longBound}). */
        private final boolean wholeLong;

        Rule(Op op, Kind kind, BigDecimal bound) {
            this.op = op;
            this.kind = kind;
            this.bound = bound;
            long asLong = 0;
            boolean fits;
            try {
                asLong = bound.longValueExact();
                fits = true;
            } catch (ArithmeticException e) {
                fits = false;
            }
            this.longBound = asLong;
            this.wholeLong = fits;
        }

        boolean ok(Object v) {
            int c = kind == Kind.INTEGRAL && wholeLong ? Long.compare(((Number) v).longValue(), longBound)
                    : compare(v, kind, bound);
            return switch (op) {
                case AT_LEAST_ZERO, AT_LEAST -> c >= 0;
                case ABOVE_ZERO, ABOVE -> c > 0;
                case AT_MOST -> c <= 0;
                case BELOW -> c < 0;
            };
        }
    }

    private static final class Bean {
        final Class<?> type;
        Component[] components = new Component[0];

        Bean(Class<?> type) {
            this.type = type;
        }

        /** Whether a constraint is broken in this bean or below; records the beans with a broken constraint. */
        boolean scan(Object bean, Screen s) {
            int found = 0;
            for (Component c : components) {
                found |= c.scan(bean, s);
            }
            if ((found & OWN) != 0) {
                s.leaf(bean);
            }
            return found != 0;
        }
    }

    private static final class Component {
        final String name;
        final MethodHandle accessor;
        final Container container;
        final Rule[] rules;
        final Bean cascade;

        Component(String name, MethodHandle accessor, Container container, Rule[] rules, Bean cascade) {
            this.name = name;
            this.accessor = accessor;
            this.container = container;
            this.rules = rules;
            this.cascade = cascade;
        }

        Object get(Object bean) {
            try {
                return (Object) accessor.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }

        int scan(Object bean, Screen s) {
            Object v = get(bean);
            if (v == null) {
                return 0;
            }
            switch (container) {
                case OPTIONAL -> {
                    Optional<?> o = (Optional<?>) v;
                    return o.isPresent() ? element(o.get(), s) : 0;
                }
                case LIST -> {
                    List<?> list = (List<?>) v;
                    int found = 0;
                    for (int i = 0, n = list.size(); i < n; i++) {
                        Object e = list.get(i);
                        if (e != null) {
                            found |= element(e, s);
                        }
                    }
                    return found;
                }
                default -> {
                    return element(v, s);
                }
            }
        }

        private int element(Object v, Screen s) {
            int found = 0;
            for (Rule r : rules) {
                if (!r.ok(v)) {
                    found = OWN;
                    break;
                }
            }
            if (cascade != null && cascade.scan(v, s)) {
                found |= NESTED;
            }
            return found;
        }
    }

    // ---- compilation -------------------------------------------------------------------------------------

    /** Compiles the plan of a record type and its cascade, throwing as class init would on what it cannot check. */
    static void compileOnly(Class<?> root) {
        compile(root);
    }

    private static Bean compile(Class<?> root) {
        return compile(root, new HashMap<>(), new HashSet<>());
    }

    private static Bean compile(Class<?> type, Map<Class<?>, Bean> done, Set<Class<?>> inProgress) {
        Bean known = done.get(type);
        if (known != null) {
            return known;
        }
        if (!type.isRecord()) {
            throw unsupported(type.getName(), "@Valid on a type that is not a record");
        }
        if (!inProgress.add(type)) {
            throw unsupported(type.getName(), "a cycle of @Valid");
        }
        for (Annotation a : type.getAnnotations()) {
            if (isValidation(a)) {
                throw unsupported(type.getName(), "class-level " + a);
            }
        }
        Set<String> accessors = new HashSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            accessors.add(rc.getName());
        }
        for (Method m : type.getDeclaredMethods()) {
            boolean accessor = m.getParameterCount() == 0 && accessors.contains(m.getName());
            if (!accessor && hasValidation(m.getAnnotations(), m.getAnnotatedReturnType())) {
                throw unsupported(type.getName() + "." + m.getName() + "()", "a constraint on a method");
            }
        }
        Bean bean = new Bean(type);
        List<Component> components = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent rc : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + rc.getName();
            Field field;
            try {
                field = type.getDeclaredField(rc.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(where, e);
            }
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            AnnotatedType annotated = field.getAnnotatedType();
            Set<Annotation> own = new LinkedHashSet<>(List.of(field.getAnnotations()));
            own.addAll(List.of(annotated.getAnnotations()));
            Container container;
            AnnotatedType element;
            Class<?> raw = field.getType();
            if (raw == Optional.class || raw == List.class) {
                container = raw == Optional.class ? Container.OPTIONAL : Container.LIST;
                for (Annotation a : own) {
                    if (isValidation(a)) {
                        throw unsupported(where, a + " on the " + raw.getSimpleName() + " itself");
                    }
                }
                element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
                own = new LinkedHashSet<>(List.of(element.getAnnotations()));
                forbidBelow(element, where);
            } else {
                container = Container.NONE;
                element = annotated;
                forbidBelow(element, where);
            }
            boolean valid = false;
            List<Rule> rules = new ArrayList<>();
            for (Annotation a : own) {
                if (a instanceof Valid) {
                    valid = true;
                } else if (isValidation(a)) {
                    if (!(element.getType() instanceof Class<?> c)) {
                        throw unsupported(where, a + " on a type that is not a class");
                    }
                    rules.add(rule(a, c, where));
                }
            }
            Bean cascade = null;
            if (valid) {
                if (!(element.getType() instanceof Class<?> c)) {
                    throw unsupported(where, "@Valid on a type that is not a class");
                }
                cascade = compile(c, done, inProgress);
                if (cascade.components.length == 0) {
                    cascade = null;
                }
            }
            if (rules.isEmpty() && cascade == null) {
                continue;
            }
            MethodHandle accessor;
            try {
                accessor = lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(where, e);
            }
            components.add(new Component(rc.getName(), accessor, container, rules.toArray(new Rule[0]), cascade));
        }
        bean.components = components.toArray(new Component[0]);
        inProgress.remove(type);
        done.put(type, bean);
        return bean;
    }

    /** No validation annotation deeper in a type (e.g. on the elements of a list inside an optional). */
    private static void forbidBelow(AnnotatedType type, String where) {
        List<AnnotatedType> below = new ArrayList<>();
        if (type instanceof AnnotatedParameterizedType p) {
            below.addAll(List.of(p.getAnnotatedActualTypeArguments()));
        } else if (type instanceof AnnotatedArrayType a) {
            below.add(a.getAnnotatedGenericComponentType());
        }
        for (AnnotatedType t : below) {
            if (hasValidation(new Annotation[0], t)) {
                throw unsupported(where, "a validation annotation nested in " + type.getType().getTypeName());
            }
        }
    }

    private static boolean hasValidation(Annotation[] declared, AnnotatedType type) {
        for (Annotation a : declared) {
            if (isValidation(a)) {
                return true;
            }
        }
        for (Annotation a : type.getAnnotations()) {
            if (isValidation(a)) {
                return true;
            }
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType t : p.getAnnotatedActualTypeArguments()) {
                if (hasValidation(new Annotation[0], t)) {
                    return true;
                }
            }
        } else if (type instanceof AnnotatedArrayType a) {
            return hasValidation(new Annotation[0], a.getAnnotatedGenericComponentType());
        }
        return false;
    }

    private static boolean isValidation(Annotation a) {
        Class<? extends Annotation> t = a.annotationType();
        String pkg = t.getPackageName();
        return pkg.startsWith("jakarta.validation") || pkg.startsWith("javax.validation")
                || pkg.startsWith("org.hibernate.validator") || t.isAnnotationPresent(Constraint.class);
    }

    private static IllegalStateException unsupported(String where, String what) {
        return new IllegalStateException("the structural check cannot compile " + what + " (at " + where
                + "); teach org.dutyofvigilance.check.ConstraintPlan this constraint before using it in the model");
    }

    private enum Kind {
        INTEGRAL, BIG_INTEGER, BIG_DECIMAL
    }

    private static Rule rule(Annotation a, Class<?> type, String where) {
        Kind kind;
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            kind = Kind.INTEGRAL;
        } else if (type == BigInteger.class) {
            kind = Kind.BIG_INTEGER;
        } else if (type == BigDecimal.class) {
            kind = Kind.BIG_DECIMAL;
        } else {
            throw unsupported(where, a + " on " + type.getName());
        }
        // if-instanceof rather than a pattern switch, and one Rule class rather than a lambda per kind:
        // nothing to spin at start-up
        if (a instanceof PositiveOrZero p) {
            defaultGroup(p.groups(), a, where);
            return new Rule(Op.AT_LEAST_ZERO, kind, BigDecimal.ZERO);
        }
        if (a instanceof Positive p) {
            defaultGroup(p.groups(), a, where);
            return new Rule(Op.ABOVE_ZERO, kind, BigDecimal.ZERO);
        }
        if (a instanceof Min m) {
            defaultGroup(m.groups(), a, where);
            return new Rule(Op.AT_LEAST, kind, BigDecimal.valueOf(m.value()));
        }
        if (a instanceof Max m) {
            defaultGroup(m.groups(), a, where);
            return new Rule(Op.AT_MOST, kind, BigDecimal.valueOf(m.value()));
        }
        if (a instanceof DecimalMin d) {
            defaultGroup(d.groups(), a, where);
            return new Rule(d.inclusive() ? Op.AT_LEAST : Op.ABOVE, kind, new BigDecimal(d.value()));
        }
        if (a instanceof DecimalMax d) {
            defaultGroup(d.groups(), a, where);
            return new Rule(d.inclusive() ? Op.AT_MOST : Op.BELOW, kind, new BigDecimal(d.value()));
        }
        throw unsupported(where, a.toString());
    }

    private static void defaultGroup(Class<?>[] groups, Annotation a, String where) {
        if (groups.length > 0) {
            throw unsupported(where, a + " with groups");
        }
    }

    private static int compare(Object v, Kind kind, BigDecimal bound) {
        return switch (kind) {
            case INTEGRAL -> BigDecimal.valueOf(((Number) v).longValue()).compareTo(bound);
            case BIG_INTEGER -> new BigDecimal((BigInteger) v).compareTo(bound);
            case BIG_DECIMAL -> ((BigDecimal) v).compareTo(bound);
        };
    }
}
