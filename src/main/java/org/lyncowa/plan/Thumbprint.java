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
 * violation ({@code thumbprint.invalid}) names the first character that is not a hexadecimal digit,
 * else says how many characters were given. Null is valid.
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
            if (thumbprint == null || valid(thumbprint)) {
                return true;
            }
            // One stable code; the message names the first character that is not a hexadecimal digit
            // and where it is ({1}, {2}; position 0 when every character is one), else the length (issue 16).
            int bad = notHex(thumbprint);
            return Violations.report(context, "thumbprint.invalid", thumbprint.codePointCount(0, thumbprint.length()),
                    bad < 0 ? "" : shownCharacter(thumbprint, bad), bad < 0 ? 0 : thumbprint.codePointCount(0, bad) + 1);
        }

        /** The index of the first character that is not 0-9 or A-F (the value is normalised: upper case), or -1. */
        public static int notHex(String thumbprint) {
            for (int i = 0; i < thumbprint.length(); i++) {
                char c = thumbprint.charAt(i);
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                    return i;
                }
            }
            return -1;
        }

        /** The character at {@code index} as a message shows it: itself, or U+XXXX when it is not visible. */
        public static String shownCharacter(String thumbprint, int index) {
            int cp = thumbprint.codePointAt(index);
            return Character.isLetterOrDigit(cp) || (cp > 0x20 && cp < 0x7f)
                    ? new String(Character.toChars(cp)) : String.format("U+%04X", cp);
        }

        public static boolean valid(String thumbprint) {
            return HEX40.matcher(thumbprint).matches();
        }
    }
}
