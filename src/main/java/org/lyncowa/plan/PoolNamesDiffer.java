package org.lyncowa.plan;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The cross-field rules of a trusted application pool (P-2.3, P-2.5): its FQDN is neither the
 * registrar's ({@code registrar.sameAsOwaPool}, at {@code registrarPoolFqdn}) nor one of its own
 * computers' ({@code poolComputers.sameAsPool}, at {@code poolComputers[i]}).
 */
@Documented
@Constraint(validatedBy = PoolNamesDiffer.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PoolNamesDiffer {

    String message() default "{registrar.sameAsOwaPool}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PoolNamesDiffer, TrustedPool> {

        @Override
        public boolean isValid(TrustedPool pool, ConstraintValidatorContext context) {
            String owaPool = pool == null ? null : pool.owaPoolFqdn();
            if (owaPool == null) {
                return true;
            }
            boolean valid = true;
            if (owaPool.equals(pool.registrarPoolFqdn())) {
                valid = Violations.reportAt(context, "registrarPoolFqdn", null, "registrar.sameAsOwaPool");
            }
            List<String> computers = pool.poolComputers();
            for (int i = 0; i < computers.size(); i++) {
                if (owaPool.equals(computers.get(i))) {
                    valid = Violations.reportAt(context, "poolComputers", i, "poolComputers.sameAsPool");
                }
            }
            return valid;
        }
    }
}
