package org.lyncowa.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one adapter between Bean Validation and the plan's issues. A constraint's message template is
 * the stable code in braces ({@code {hostname.invalid}}, the key {@code plan.issue.<code>} gives the text);
 * its message arguments travel as the violation's dynamic payload ({@link #report}). A violation becomes
 * a {@link PlanIssue} at its JSON path ({@code instantMessaging.mailboxServers[1]}); one on a list element
 * without arguments of its own quotes the element back, cut short.
 */
final class Violations {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** Every property of the plan records in document order, for a stable order of the issues. */
    private static final Map<String, Integer> ORDER = order();

    private Violations() {
    }

    /** The message arguments of a violation. */
    record Arguments(List<Object> values) implements Serializable {
    }

    /** Inside a validator: reports the value under this code with these message arguments (none: none); false. */
    static boolean report(ConstraintValidatorContext context, String code, Object... args) {
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(new Arguments(List.of(args)));
        return reportQuoted(context, code);
    }

    /**
     * Inside a class-level validator: reports the value of one property (one element of it when
     * {@code index} is given) under this code, with these message arguments; false.
     */
    static boolean reportAt(ConstraintValidatorContext context, String property, Integer index, String code,
            Object... args) {
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(new Arguments(List.of(args)));
        context.disableDefaultConstraintViolation();
        var node = context.buildConstraintViolationWithTemplate("{" + code + "}").addPropertyNode(property);
        if (index == null) {
            node.addConstraintViolation();
        } else {
            node.addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(index)
                    .addConstraintViolation();
        }
        return false;
    }

    /**
     * Inside a validator: reports the value under this code, with no arguments of its own: on a list
     * element the message quotes the element back ({@code Mailbox server {0} ...}); false.
     */
    static boolean reportQuoted(ConstraintValidatorContext context, String code) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
        return false;
    }

    /** The constraints of one section (a plan record), as issues under {@code prefix}, in document order. */
    static <T> List<PlanIssue> of(T section, String prefix) {
        return issues(VALIDATOR.validate(section), prefix);
    }

    /** The constraints of one property of a record type for a value, as issues at {@code path}. */
    static <T> List<PlanIssue> ofValue(Class<T> type, String property, Object value, String path) {
        return issues(VALIDATOR.validateValue(type, property, value), path.substring(0, path.length() - property.length()));
    }

    private static <T> List<PlanIssue> issues(Set<ConstraintViolation<T>> violations, String prefix) {
        List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
        // Document order; on one value, by code (a host name's own rule before a rule across fields).
        sorted.sort(Comparator.comparing((ConstraintViolation<T> v) -> sortKey(v.getPropertyPath()))
                .thenComparing(ConstraintViolation::getMessageTemplate));
        List<PlanIssue> out = new ArrayList<>();
        for (ConstraintViolation<T> v : sorted) {
            out.add(issue(v, prefix));
        }
        return out;
    }

    static PlanIssue issue(ConstraintViolation<?> v, String prefix) {
        StringBuilder path = new StringBuilder(prefix);
        boolean element = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
                element = true;
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!path.isEmpty() && path.charAt(path.length() - 1) != '.') {
                    path.append('.');
                }
                path.append(node.getName());
                element = false;
            }
        }
        String template = v.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        Arguments args = ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(Arguments.class);
        List<Object> values = args != null ? args.values()
                : element && v.getInvalidValue() instanceof String s ? List.of(PlanRules.shown(s)) : List.of();
        return new PlanIssue(path.toString(), code, values);
    }

    /** A path's properties in document order, each followed by its list index. */
    private static String sortKey(Path path) {
        StringBuilder key = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                key.append(String.format("%03d", ORDER.getOrDefault(node.getName(), 999)));
            }
            if (node.getIndex() != null) {
                key.append(String.format("[%09d]", node.getIndex()));
            }
        }
        return key.toString();
    }

    private static Map<String, Integer> order() {
        Map<String, Integer> order = new HashMap<>();
        add(Plan.class, order);
        return Map.copyOf(order);
    }

    private static void add(Class<?> type, Map<String, Integer> order) {
        for (var component : type.getRecordComponents()) {
            order.putIfAbsent(component.getName(), order.size());
            if (component.getType().isRecord()) {
                add(component.getType(), order);
            }
        }
    }
}
