package org.lyncowa.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.lyncowa.plan.PlanIssue;

/**
 * Reads typed form text into plan values. A value that cannot be read becomes the same issue the
 * plan reader reports for a file (so the page and an import word it alike), and is passed to the
 * rules so they raise nothing further for it.
 */
public final class FormValues {

    private FormValues() {
    }

    public static <E extends Enum<E>> E enumValue(String raw, Class<E> type, String path, List<PlanIssue> errors) {
        String value = Lines.blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(PlanIssue.of(path, "value.unknown", allowed));
            return null;
        }
    }

    public static Boolean booleanValue(String raw, String path, List<PlanIssue> errors) {
        String value = Lines.blankToNull(raw);
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(PlanIssue.of(path, "type.boolean"));
                yield null;
            }
        };
    }

    public static Integer integerValue(String raw, String path, List<PlanIssue> errors) {
        String value = Lines.blankToNull(raw);
        if (value == null) {
            return null;
        }
        // ASCII digits only: Integer.valueOf would also take "+5199" and other scripts' digits.
        String digits = value.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(PlanIssue.of(path, "type.integer"));
            return null;
        }
        if (digits.length() > 9) {
            errors.add(PlanIssue.of(path, "port.range"));
            return null;
        }
        return Integer.valueOf(digits);
    }

    public static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
