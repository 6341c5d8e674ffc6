package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PsQuoteTest {

    @Test
    void wrapsPlainTextInSingleQuotes() {
        assertThat(PsQuote.literal("atl-owa-001.litwareinc.com")).isEqualTo("'atl-owa-001.litwareinc.com'");
        assertThat(PsQuote.literal("")).isEqualTo("''");
    }

    static Stream<Arguments> quoted() {
        return Stream.of(
                Arguments.of("it's", "'it''s'"),
                Arguments.of("''", "''''''"),
                Arguments.of("a\u2018b", "'a\u2018\u2018b'"),
                Arguments.of("a\u2019b", "'a\u2019\u2019b'"),
                Arguments.of("a\u201Ab", "'a\u201A\u201Ab'"),
                Arguments.of("a\u201Bb", "'a\u201B\u201Bb'"),
                Arguments.of("\u2019; Remove-Item C:\\ -Recurse; \u2019", "'\u2019\u2019; Remove-Item C:\\ -Recurse; \u2019\u2019'"));
    }

    @ParameterizedTest
    @MethodSource("quoted")
    void doublesEverySingleQuoteKind(String value, String expected) {
        assertThat(PsQuote.literal(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$(Stop-Computer)", "`n\"x\"", "${env:PATH}", "@{a=1}", "#> <#", "\u201Cdouble\u201D"})
    void leavesCharactersThatAreInertInVerbatimStringsAlone(String value) {
        assertThat(PsQuote.literal(value)).isEqualTo("'" + value + "'");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> PsQuote.literal(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void literalReadsBackToTheValue() {
        String value = "O'Brien \u2018x\u2019 \u201Ay\u201B";
        String lit = PsQuote.literal(value);
        // PowerShell's reading: strip the outer quotes, every doubled quote char is one char.
        StringBuilder back = new StringBuilder();
        String body = lit.substring(1, lit.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            back.append(ch);
            if (PsQuote.isSingleQuote(ch)) {
                assertThat(body.charAt(i + 1)).isEqualTo(ch);
                i++;
            }
        }
        assertThat(back.toString()).isEqualTo(value);
    }

    static Stream<Arguments> commented() {
        return Stream.of(
                Arguments.of("a\rb", "a?b"),
                Arguments.of("a\nb", "a?b"),
                Arguments.of("a\r\nb", "a??b"),
                Arguments.of("a\u0085b", "a?b"),
                Arguments.of("a\u2028b", "a?b"),
                Arguments.of("a\u2029b", "a?b"),
                Arguments.of("a\u0000b\tc\u007F", "a?b?c?"));
    }

    @ParameterizedTest
    @MethodSource("commented")
    void commentTextCannotEndTheLine(String value, String expected) {
        assertThat(PsQuote.comment(value)).isEqualTo(expected);
    }

    @Test
    void commentTextKeepsOrdinaryTextIncludingKoreanAndEmoji() {
        String value = "리트웨어 #> <# 'x' \uD83D\uDE00";
        assertThat(PsQuote.comment(value)).isEqualTo(value);
        assertThat(PsQuote.comment(null)).isEmpty();
    }
}
