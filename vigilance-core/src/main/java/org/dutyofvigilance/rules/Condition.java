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

    /**
     * Decides the condition for a node; the facts behind an unknown answer are appended to {@code undecided}.
     * {@code scratch} is a tally the condition may overwrite.
     */
    Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch);

    /** Removes what was appended to {@code list} after {@code mark}. */
    static void truncate(List<FactPath> list, int mark) {
        while (list.size() > mark) {
            list.remove(list.size() - 1);
        }
    }

    /** Lower-case enum names by ordinal, made once per enum type (rules compare enums by lower-case name). */
    ClassValue<String[]> LOWER_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

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
    record Compare(FactPath fact, Op op, Object literal) implements Condition, FactTally.LeafTest {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
            fact.scan(node, facts, scratch, this);
            if (scratch.matched) {
                return Truth.TRUE;
            }
            if (op == Op.PRESENT) {
                return Truth.FALSE; // nothing disclosed: any disclosed value matches "present"
            }
            if (scratch.disclosed > 0 && scratch.undisclosed == 0) {
                return Truth.FALSE;
            }
            undecided.add(fact);
            return Truth.UNKNOWN;
        }

        @Override
        public boolean matches(Object value) {
            if (op == Op.PRESENT) {
                return true;
            }
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
                return LOWER_NAMES.get(e.getDeclaringClass())[e.ordinal()];
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
    record CountriesIn(FactPath fact, String label, Set<String> countries) implements Condition, FactTally.LeafTest {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
            fact.scan(node, facts, scratch, this);
            if (scratch.matched) {
                return Truth.TRUE;
            }
            if (scratch.disclosed > 0 && scratch.undisclosed == 0) {
                return Truth.FALSE;
            }
            undecided.add(fact);
            return Truth.UNKNOWN;
        }

        @Override
        public boolean matches(Object value) {
            return countries.contains(String.valueOf(value).toUpperCase(Locale.ROOT));
        }

        @Override
        public String describe() {
            return fact.key() + " in " + label;
        }
    }

    /** The node's entity relates to the reporting company in one of these ways. */
    record RelationIn(Set<PartnerRelation> relations) implements Condition {
        @Override
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
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
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
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
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
            Truth result = Truth.TRUE;
            int mark = undecided.size();
            for (int i = 0; i < conditions.size(); i++) {
                result = result.and(conditions.get(i).test(node, facts, undecided, scratch));
                if (result == Truth.FALSE) {
                    Condition.truncate(undecided, mark); // a false condition decides: nothing left to ask
                    return result;
                }
            }
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
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
            Truth result = Truth.FALSE;
            int mark = undecided.size();
            for (int i = 0; i < conditions.size(); i++) {
                result = result.or(conditions.get(i).test(node, facts, undecided, scratch));
                if (result == Truth.TRUE) {
                    Condition.truncate(undecided, mark); // a true alternative decides: nothing left to ask
                    return result;
                }
            }
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
        public Truth test(FactNode node, ChainFacts facts, List<FactPath> undecided, FactTally scratch) {
            return condition.test(node, facts, undecided, scratch).not();
        }

        @Override
        public String describe() {
            return "not " + condition.describe();
        }
    }
}
