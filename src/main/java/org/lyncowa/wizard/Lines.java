package org.lyncowa.wizard;

import java.util.Arrays;
import java.util.List;

/** Lists are typed one entry per line in a textarea. */
public final class Lines {

    private Lines() {
    }

    /** The non-blank lines, trimmed (the rules trim too; blank lines are not entries). */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    /** Blank input counts as no answer. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
