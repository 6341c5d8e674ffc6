package org.lyncowa.discovery;

import java.util.List;

/**
 * One thing the discovery says about a plan field, for the step that asks it: a value found and pre-filled
 * ({@link Kind#FOUND}), several candidates of which the first is pre-selected ({@link Kind#CHOICE}), a
 * finding that contradicts the procedure ({@link Kind#WARNING}) or a value not found ({@link Kind#MISSING}).
 *
 * @param section the plan section (the step): {@code compatibility}, {@code trustedPool}, ...
 * @param field   the plan field within it, or null for the section as a whole
 * @param code    the message key suffix: {@code discovery.finding.<code>}
 * @param args    message arguments (plain values from the file, already checked by the format's rules)
 * @param choices for {@link Kind#CHOICE}: the candidate values, the pre-selected one first
 */
public record Finding(String section, String field, Kind kind, String code, List<String> args, List<String> choices) {

    public enum Kind { FOUND, CHOICE, WARNING, MISSING }

    public Finding {
        args = List.copyOf(args);
        choices = List.copyOf(choices);
    }

    static Finding found(String section, String field, String code, String... args) {
        return new Finding(section, field, Kind.FOUND, code, List.of(args), List.of());
    }

    static Finding warning(String section, String field, String code, String... args) {
        return new Finding(section, field, Kind.WARNING, code, List.of(args), List.of());
    }

    static Finding missing(String section, String field, String code, String... args) {
        return new Finding(section, field, Kind.MISSING, code, List.of(args), List.of());
    }

    static Finding choice(String section, String field, String code, List<String> choices, String... args) {
        return new Finding(section, field, Kind.CHOICE, code, List.of(args), choices);
    }
}
