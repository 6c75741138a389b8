package org.dutyofvigilance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.PartnerRole;

/**
 * One condition of the declarative vocabulary (see {@code docs/rules.md}). Conditions are three-valued:
 * a fact that is not disclosed makes a comparison {@link Truth#UNKNOWN}, and the facts behind an unknown
 * condition are recorded so completeness can ask for them.
 */
sealed interface Condition {

    Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided);

    String describe();

    /** Comparison operators on a fact's values. */
    enum Op {
        EQ("="), NE("≠"), GT(">"), GE("≥"), LT("<"), LE("≤"), IN("in"), PRESENT("is disclosed");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * A fact compared with a value: true when some disclosed value satisfies it, false when every value is
     * disclosed and none does, unknown otherwise. {@code present} is never unknown.
     */
    record Compare(FactPath fact, Op op, Object literal) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            FactValues values = fact.resolve(node, facts);
            if (op == Op.PRESENT) {
                return values.nothingDisclosed() ? Truth.FALSE : Truth.TRUE;
            }
            for (Object v : values.disclosed()) {
                if (matches(v)) {
                    return Truth.TRUE;
                }
            }
            if (values.fullyDisclosed()) {
                return Truth.FALSE;
            }
            undecided.add(fact);
            return Truth.UNKNOWN;
        }

        private boolean matches(Object value) {
            if (op == Op.IN) {
                return ((Set<?>) literal).contains(normalise(value));
            }
            Object v = normalise(value);
            int cmp;
            if (v instanceof BigDecimal a && literal instanceof BigDecimal b) {
                cmp = a.compareTo(b);
            } else if (v instanceof LocalDate a && literal instanceof LocalDate b) {
                cmp = a.compareTo(b);
            } else {
                boolean equal = v.equals(literal);
                return switch (op) {
                    case EQ -> equal;
                    case NE -> !equal;
                    default -> false;
                };
            }
            return switch (op) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                default -> false;
            };
        }

        static Object normalise(Object value) {
            if (value instanceof Enum<?> e) {
                return e.name().toLowerCase(Locale.ROOT);
            }
            if (value instanceof Integer i) {
                return BigDecimal.valueOf(i);
            }
            if (value instanceof Long l) {
                return BigDecimal.valueOf(l);
            }
            return value;
        }

        @Override
        public String describe() {
            if (op == Op.PRESENT) {
                return fact.key() + " " + op.symbol;
            }
            Object shown = literal instanceof BigDecimal b ? b.toPlainString() : literal;
            return fact.key() + " " + op.symbol + " " + shown;
        }
    }

    /** Some country at the end of a fact key is in a set (e.g. the EU member states). */
    record CountriesIn(FactPath fact, String label, Set<String> countries) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            FactValues values = fact.resolve(node, facts);
            for (Object v : values.disclosed()) {
                if (countries.contains(String.valueOf(v).toUpperCase(Locale.ROOT))) {
                    return Truth.TRUE;
                }
            }
            if (values.fullyDisclosed()) {
                return Truth.FALSE;
            }
            undecided.add(fact);
            return Truth.UNKNOWN;
        }

        @Override
        public String describe() {
            return fact.key() + " in " + label;
        }
    }

    /** The node's entity relates to the reporting company in one of these ways. */
    record RelationIn(Set<PartnerRelation> relations) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            return relations.contains(node.relation()) ? Truth.TRUE : Truth.FALSE;
        }

        @Override
        public String describe() {
            return "relation in " + relations.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** The node's entity has one of these roles. */
    record RoleIn(Set<PartnerRole> roles) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            return node.role().map(roles::contains).orElse(false) ? Truth.TRUE : Truth.FALSE;
        }

        @Override
        public String describe() {
            return "role in " + roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            Truth result = Truth.TRUE;
            List<FactPath> local = new java.util.ArrayList<>();
            for (Condition c : conditions) {
                result = result.and(c.test(node, facts, local));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            undecided.addAll(local);
            return result;
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            Truth result = Truth.FALSE;
            List<FactPath> local = new java.util.ArrayList<>();
            for (Condition c : conditions) {
                result = result.or(c.test(node, facts, local));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            undecided.addAll(local);
            return result;
        }

        @Override
        public String describe() {
            return conditions.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided) {
            return condition.test(node, facts, undecided).not();
        }

        @Override
        public String describe() {
            return "not " + condition.describe();
        }
    }
}
