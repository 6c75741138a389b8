package org.dutyofvigilance.check.legacy;

// Frozen copy of the structural check and chain graph as they were before the performance work (commit 5a5f3f9),
// kept as the reference the fast implementation is compared with, finding for finding.

import org.dutyofvigilance.check.Finding;
import org.dutyofvigilance.check.Severity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dutyofvigilance.model.ChainOfActivities;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field constraints declared on the model (ranges, signs) checked with Hibernate Validator. The factory uses
 * the {@link ParameterMessageInterpolator}, which needs no Expression Language and starts in milliseconds.
 */
final class FieldConstraints {
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private FieldConstraints() {
    }

    static List<Finding> check(ChainOfActivities chain) {
        Set<ConstraintViolation<ChainOfActivities>> violations = VALIDATOR.validate(chain);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<ChainOfActivities> v : violations) {
            Location where = locate(chain, v.getPropertyPath());
            String value = v.getInvalidValue() == null ? "" : " (found " + v.getInvalidValue() + ")";
            findings.add(new Finding("STRUCT-FIELD-RANGE", Severity.ERROR, where.nodeId(), where.field(),
                    where.field() + " " + v.getMessage() + value + "; correct the value or leave the field out if it is not known"));
        }
        return findings;
    }

    private record Location(String nodeId, String field) {
    }

    private static Location locate(ChainOfActivities chain, Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        String nodeId = "$";
        int from = 0;
        if (!nodes.isEmpty()) {
            String list = nodes.get(0).getName();
            Integer index = nodes.get(0).getIndex() != null ? nodes.get(0).getIndex()
                    : nodes.size() > 1 ? nodes.get(1).getIndex() : null;
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
            Path.Node node = nodes.get(i);
            String name = node.getName();
            if (i > from && node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
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
