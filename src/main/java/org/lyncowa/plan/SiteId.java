package org.lyncowa.plan;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The SiteId of a Lync site (P-2.4): not the site Identity ({@code site:1}, {@code siteId.sitePrefix}),
 * at most 64 characters with no white space, colon, control or invisible character ({@code siteId.invalid}).
 */
@Documented
@Constraint(validatedBy = SiteId.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SiteId {

    String message() default "{siteId.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SiteId, String> {

        @Override
        public boolean isValid(String siteId, ConstraintValidatorContext context) {
            if (siteId == null) {
                return true;
            }
            if (siteId.regionMatches(true, 0, "site:", 0, 5)) {
                return Violations.report(context, "siteId.sitePrefix", PlanValues.shown(siteId.substring(5)));
            }
            if (siteId.codePointCount(0, siteId.length()) > PlanRules.NAME_MAX || PlanValues.hasControl(siteId)
                    || PlanValues.firstInvisible(siteId) >= 0
                    || siteId.codePoints().anyMatch(cp -> cp == ':' || Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                return Violations.report(context, "siteId.invalid");
            }
            return true;
        }
    }
}
