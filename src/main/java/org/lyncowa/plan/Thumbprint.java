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
 * A certificate thumbprint after normalisation (P-3.4): 40 upper-case hexadecimal digits. The
 * violation ({@code thumbprint.invalid}) says how many characters were given. Null is valid.
 */
@Documented
@Constraint(validatedBy = Thumbprint.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Thumbprint {

    String message() default "{thumbprint.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Thumbprint, String> {

        private static final Pattern HEX40 = Pattern.compile("[0-9A-F]{40}");

        @Override
        public boolean isValid(String thumbprint, ConstraintValidatorContext context) {
            return thumbprint == null || valid(thumbprint)
                    || Violations.report(context, "thumbprint.invalid", thumbprint.codePointCount(0, thumbprint.length()));
        }

        public static boolean valid(String thumbprint) {
            return HEX40.matcher(thumbprint).matches();
        }
    }
}
