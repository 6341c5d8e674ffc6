package org.lyncowa.script;

/**
 * Puts plan values into PowerShell text so that they can never change what a script does
 * (plan-and-bundle.md, "Every value from the plan appears only inside a single-quoted ... literal").
 */
public final class PsQuote {

    private PsQuote() {
    }

    /**
     * The value as a PowerShell single-quoted (verbatim) string literal. Inside such a literal only a
     * single-quote character is special, and PowerShell counts the typographic quotes U+2018, U+2019,
     * U+201A and U+201B as single quotes too; each of them is doubled, which PowerShell reads back as
     * that one character. {@code $}, backtick and double quotes have no meaning there.
     */
    public static String literal(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (isSingleQuote(ch)) {
                out.append(ch);
            }
            out.append(ch);
        }
        return out.append('\'').toString();
    }

    /** True for every character PowerShell treats as a single quote. */
    static boolean isSingleQuote(char ch) {
        return ch == '\'' || ch == '\u2018' || ch == '\u2019' || ch == '\u201A' || ch == '\u201B';
    }

    /**
     * The value made safe for the rest of a {@code #} line comment: every character that could end the
     * line (Unicode types Cc, Zl, Zp: CR, LF, U+0085, U+2028, U+2029 and the other control characters)
     * becomes {@code ?}. Values are only ever shown in line comments, never in {@code <# #>} blocks,
     * so {@code #>} has no meaning there. Null becomes the empty string.
     */
    public static String comment(String value) {
        if (value == null) {
            return "";
        }
        // Char by char is the same as code point by code point here: no supplementary code point is of
        // these types, and a surrogate (paired or not) is kept as it is. Most text needs no change.
        int first = 0;
        while (first < value.length() && !breaksLine(value.charAt(first))) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        char[] out = value.toCharArray();
        for (int i = first; i < out.length; i++) {
            if (breaksLine(out[i])) {
                out[i] = '?';
            }
        }
        return new String(out);
    }

    private static boolean breaksLine(char ch) {
        int type = Character.getType(ch);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
