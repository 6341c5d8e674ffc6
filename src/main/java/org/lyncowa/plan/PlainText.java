package org.lyncowa.plan;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that goes into a script as a quoted literal: at most {@link #max()} characters, no control
 * characters or line breaks ({@code text.control}), nothing invisible or reordering ({@code text.invisible},
 * issue 12: "Trojan Source"). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    int max();

    String message() default "{text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private int max;

        @Override
        public void initialize(PlainText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.codePointCount(0, value.length()) > max) {
                return Violations.report(context, "text.tooLong", max);
            }
            if (PlanValues.hasControl(value)) {
                return Violations.report(context, "text.control");
            }
            int invisible = PlanValues.firstInvisible(value);
            if (invisible >= 0) {
                return Violations.report(context, "text.invisible", String.format(Locale.ROOT, "U+%04X", invisible));
            }
            return true;
        }
    }
}
