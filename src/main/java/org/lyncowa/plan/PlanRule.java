package org.lyncowa.plan;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A rule across the plan's sections as a Bean Validation constraint on {@link Plan}: {@link #value()}
 * is the rule ({@link CompatibilityRules}, {@link PoolRules}, {@link ImRules}, {@link PolicyRules}), its
 * group says where {@link PlanRules#check} runs it. A rule reports each problem at its own path with
 * {@link Violations#reportAt} and reads the plan's {@link RuleContext} with {@link Violations#rules}.
 */
@Documented
@Constraint(validatedBy = PlanRule.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(PlanRule.List.class)
public @interface PlanRule {

    /** The rule. */
    Class<? extends Check> value();

    String message() default "{required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** One rule across the plan: true when the plan keeps it, else false after reporting why. */
    interface Check {
        boolean isValid(Plan plan, ConstraintValidatorContext context);
    }

    /** The rules on a plan. */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        PlanRule[] value();
    }

    /** Runs the rule a {@link PlanRule} names. */
    class Validator implements ConstraintValidator<PlanRule, Plan> {

        private Check check;

        @Override
        public void initialize(PlanRule rule) {
            try {
                check = rule.value().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a plan rule without its constructor: " + rule.value(), e);
            }
        }

        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            return plan == null || check.isValid(plan, context);
        }
    }
}
