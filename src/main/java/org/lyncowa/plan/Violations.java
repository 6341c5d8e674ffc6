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

import org.hibernate.validator.HibernateValidatorFactory;
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

    /**
     * The message arguments of a violation, and where it stands among the reports of its validator
     * that share one path ({@code order}: a rule over a map reports its entries in the file's order).
     */
    record Arguments(List<Object> values, int order) implements Serializable {
        Arguments(List<Object> values) {
            this(values, 0);
        }
    }

    /** A validator that gives the plan's rules their {@link RuleContext} (the read errors, the normalised plan). */
    static Validator validator(RuleContext rules) {
        return FACTORY.unwrap(HibernateValidatorFactory.class).usingContext().constraintValidatorPayload(rules)
                .getValidator();
    }

    /** Inside a rule's validator: the plan's {@link RuleContext}. */
    static RuleContext rules(ConstraintValidatorContext context) {
        return context.unwrap(HibernateConstraintValidatorContext.class).getConstraintValidatorPayload(RuleContext.class);
    }

    /** The constraints of one group of rules on the plan as it was given, in document order. */
    static List<PlanIssue> of(Validator validator, Plan plan, Class<?> group) {
        return issues(validator.validate(plan, group), "");
    }

    /**
     * Inside a class-level validator on the plan: reports the value at a dotted {@code path}
     * ({@code compatibility.exchangeServer}), at one of its elements when {@code element} is a list index
     * or a map key, as the {@code order}-th report at that path, under this code with these arguments; false.
     */
    static boolean reportAt(ConstraintValidatorContext context, String path, Object element, int order, String code,
            Object... args) {
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(new Arguments(List.of(args), order));
        context.disableDefaultConstraintViolation();
        String[] names = path.split("\\.");
        var node = context.buildConstraintViolationWithTemplate("{" + code + "}").addPropertyNode(names[0]);
        for (int i = 1; i < names.length; i++) {
            node = node.addPropertyNode(names[i]);
        }
        if (element instanceof Integer index) {
            node.addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(index)
                    .addConstraintViolation();
        } else if (element != null) {
            node.addContainerElementNode("<map value>", Map.class, 1).inIterable().atKey(element)
                    .addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
        return false;
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
                .thenComparingInt(Violations::order).thenComparing(ConstraintViolation::getMessageTemplate));
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
            } else if (node.isInIterable() && node.getKey() != null) {
                path = new StringBuilder(PlanValues.entryPath(path.toString(), String.valueOf(node.getKey())));
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
                : element && v.getInvalidValue() instanceof String s ? List.of(PlanValues.shown(s)) : List.of();
        return new PlanIssue(path.toString(), code, values);
    }

    private static int order(ConstraintViolation<?> v) {
        Arguments args = ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(Arguments.class);
        return args == null ? 0 : args.order();
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
