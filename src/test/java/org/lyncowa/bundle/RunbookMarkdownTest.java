package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunbookMarkdownTest {

    /** Reads a code span back the way CommonMark does: same-length fence, one padding space stripped on each side. */
    private static String readCodeSpan(String span) {
        int count = 0;
        while (span.charAt(count) == '`') {
            count++;
        }
        int fence = count;
        assertThat(span).endsWith("`".repeat(fence));
        assertThat(span.charAt(span.length() - fence - 1)).isNotEqualTo('`');
        String inner = span.substring(fence, span.length() - fence);
        // No run of exactly `fence` backticks inside, or the span would close early.
        assertThat(inner.split("[^`]+")).noneMatch(run -> run.length() == fence);
        if (inner.length() > 1 && inner.startsWith(" ") && inner.endsWith(" ") && !inner.isBlank()) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return inner;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "`", "``", "a`b", "a``b```c", "`start", "end`", " spaced ", "` both `",
            "<b>&amp;</b>", "| pipe |", "$(x) ${y}"})
    void codeSpansGiveTheValueBackIntact(String value) {
        assertThat(readCodeSpan(RunbookMarkdown.code(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"# heading", "- item", "+ item", "1. one", "12) twelve", "> quote", "=== ", "*em* _em_",
            "[link](x)", "![img](x)", "<b>", "&amp;", "`code`", "~~strike~~", "a | b", "\\", "$x$"})
    void wordsCannotStartMarkdownSyntax(String text) {
        String escaped = RunbookMarkdown.words(text);
        // Removing the backslash escapes gives the text back...
        assertThat(escaped.replaceAll("\\\\(\\p{Punct})", "$1")).isEqualTo(text);
        // ...and no syntax character is left unescaped.
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch == '\\') {
                i++; // the escaped character
            } else {
                assertThat("`*_[]<>&|~!#$").as(escaped + " at " + i).doesNotContain(String.valueOf(ch));
            }
        }
        assertThat(escaped).doesNotMatch("^\\s*([-+=>]|\\d+[.)]).*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\r\nb", "a\u2028b", "a\u2029b", "a\u0085b"})
    void lineBreaksNeverReachTheDocument(String text) {
        assertThat(RunbookMarkdown.words(text)).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
        assertThat(RunbookMarkdown.code(text)).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
    }
}
