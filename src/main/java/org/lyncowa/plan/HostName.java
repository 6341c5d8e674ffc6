package org.lyncowa.plan;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A host name as the procedure uses it (P-2, P-3): RFC 1123 labels, at least two of them, at most
 * 253 characters, no wildcard, not an IP address. The violation's code says which rule it breaks
 * ({@code hostname.invalid}, {@code hostname.notFqdn}, ...). Null is valid: whether a name is required
 * is a rule of its own. On a list element ({@code List<@HostName String>}) the path is the element's.
 */
@Documented
@Constraint(validatedBy = HostName.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HostName {

    String message() default "{hostname.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int MAX_LENGTH = 253;

    /** Checks one (normalised, lower-case) host name. */
    class Validator implements ConstraintValidator<HostName, String> {

        private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
        private static final Pattern NUMERIC_DOTTED = Pattern.compile("[0-9.]+");

        @Override
        public boolean isValid(String host, ConstraintValidatorContext context) {
            String problem = host == null ? null : problem(host);
            if (URL.equals(problem)) {
                // A pasted web address: the message names the host name it holds (issue 16).
                return Violations.report(context, problem, PlanRules.shown(hostOfUrl(host)));
            }
            return problem == null || Violations.reportQuoted(context, problem);
        }

        /** A web address pasted for a host name ({@code https://atl-owa-001.litwareinc.com/owa}). */
        static final String URL = "hostname.url";

        /** The host part of a web address: after {@code ://}, before the next {@code /}, {@code :}, {@code ?} or {@code #}. */
        static String hostOfUrl(String url) {
            String rest = url.substring(url.indexOf("://") + 3);
            int at = rest.indexOf('@');
            rest = at >= 0 ? rest.substring(at + 1) : rest;
            for (char end : new char[] {'/', ':', '?', '#'}) {
                int i = rest.indexOf(end);
                if (i >= 0) {
                    rest = rest.substring(0, i);
                }
            }
            return rest;
        }

        /** The rule code a host name breaks, or null. */
        public static String problem(String host) {
            if (host.contains("://")) {
                return URL;
            }
            if (host.indexOf('*') >= 0) {
                return "hostname.wildcard";
            }
            if (host.length() > MAX_LENGTH) {
                return "hostname.tooLong";
            }
            String[] labels = host.split("\\.", -1);
            for (String label : labels) {
                if (!LABEL.matcher(label).matches()) {
                    return "hostname.invalid";
                }
            }
            if (labels.length < 2) {
                return "hostname.notFqdn";
            }
            if (NUMERIC_DOTTED.matcher(host).matches()) {
                return "hostname.ipAddress";
            }
            return null;
        }
    }
}
