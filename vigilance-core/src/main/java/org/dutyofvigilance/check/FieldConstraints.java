package org.dutyofvigilance.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dutyofvigilance.model.ChainOfActivities;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field constraints declared on the model (ranges, signs).
 *
 * <p>The chain is screened with plain code compiled once from the same jakarta constraint annotations
 * ({@link ConstraintPlan}); Hibernate Validator remains the authority for what a finding says: each top-level
 * node the screen flags is validated with it, and its violations are turned into findings exactly as a
 * validation of the whole chain would have produced them. On a chain without range problems Hibernate
 * Validator is never started. When a flagged bean instance occurs at more than one place (possible only in
 * a chain built in code), the whole chain is validated instead, as Hibernate Validator reports a shared
 * bean once.
 */
final class FieldConstraints {
    private FieldConstraints() {
    }

    /** Hibernate Validator, started on first need. */
    private static final class Hv {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    static List<Finding> check(ChainOfActivities chain) {
        ConstraintPlan.Screen screen = ConstraintPlan.screen(chain);
        if (screen == null) {
            return List.of();
        }
        if (screen.needsWholeChain()) {
            return wholeChain(chain);
        }
        List<Finding> findings = new ArrayList<>();
        for (ConstraintPlan.Flagged f : screen.flagged()) {
            Set<ConstraintViolation<Object>> violations = Hv.VALIDATOR.validate(f.bean());
            for (ConstraintViolation<Object> v : violations) {
                List<PathNode> nodes = new ArrayList<>();
                nodes.add(new PathNode(f.property(), null));
                boolean first = true;
                for (Path.Node n : v.getPropertyPath()) {
                    Integer index = n.getIndex();
                    if (first && f.index() >= 0) {
                        index = f.index(); // the element's place in the chain's list, as in a path from the chain
                    }
                    nodes.add(new PathNode(n.getName(), index));
                    first = false;
                }
                findings.add(finding(chain, nodes, v));
            }
        }
        return findings;
    }

    /** Validates the whole chain with Hibernate Validator (the behaviour before the screen existed). */
    static List<Finding> wholeChain(ChainOfActivities chain) {
        Set<ConstraintViolation<ChainOfActivities>> violations = Hv.VALIDATOR.validate(chain);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<ChainOfActivities> v : violations) {
            List<PathNode> nodes = new ArrayList<>();
            v.getPropertyPath().forEach(n -> nodes.add(new PathNode(n.getName(), n.getIndex())));
            findings.add(finding(chain, nodes, v));
        }
        return findings;
    }

    private static Finding finding(ChainOfActivities chain, List<PathNode> nodes, ConstraintViolation<?> v) {
        Location where = locate(chain, nodes);
        String value = v.getInvalidValue() == null ? "" : " (found " + v.getInvalidValue() + ")";
        return new Finding("STRUCT-FIELD-RANGE", Severity.ERROR, where.nodeId(), where.field(),
                where.field() + " " + v.getMessage() + value + "; correct the value or leave the field out if it is not known");
    }

    private record PathNode(String name, Integer index) {
    }

    private record Location(String nodeId, String field) {
    }

    private static Location locate(ChainOfActivities chain, List<PathNode> nodes) {
        String nodeId = "$";
        int from = 0;
        if (!nodes.isEmpty()) {
            String list = nodes.get(0).name();
            Integer index = nodes.get(0).index() != null ? nodes.get(0).index()
                    : nodes.size() > 1 ? nodes.get(1).index() : null;
            String resolved = index == null ? null : NodeIds.idAt(chain, list, index);
            if (resolved != null) {
                nodeId = resolved;
                from = 1;
            } else if ("reportingCompany".equals(list)) {
                nodeId = chain.reportingCompany().entityId();
            }
        }
        StringBuilder field = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            PathNode node = nodes.get(i);
            String name = node.name();
            if (i > from && node.index() != null && field.length() > 0) {
                field.append('[').append(node.index()).append(']');
            }
            if (name == null || name.startsWith("<")) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(name);
        }
        return new Location(nodeId, field.toString());
    }
}
