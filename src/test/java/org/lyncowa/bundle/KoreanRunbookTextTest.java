package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, finding 8: the Korean runbook.md reads as text, with no Markdown escapes where Markdown
 * would not act ({@code 2026\-12-02}) and no {@code 을(를)} after a fixed command or file name.
 */
class KoreanRunbookTextTest {

    private final BundleBuilder builder = BundleFixtures.builder();

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "Litware (Atlanta)", "a-b.c", "을(를)", "R&D", "C# 1.0", "10) x"})
    void punctuationThatIsNoSyntaxStaysAsItIs(String text) {
        String escaped = RunbookMarkdown.words(text, false);
        assertThat(escaped).isEqualTo(text);
    }

    @Test
    void syntaxAtTheStartOfALineIsStillEscaped() {
        assertThat(RunbookMarkdown.words("2026. 12. 2.")).isEqualTo("2026\\. 12. 2.");
        assertThat(RunbookMarkdown.words("10) x")).isEqualTo("10\\) x");
        assertThat(RunbookMarkdown.words("- x")).isEqualTo("\\- x");
        assertThat(RunbookMarkdown.words("Title #")).isEqualTo("Title \\#");
        assertThat(RunbookMarkdown.words("a &amp; b")).isEqualTo("a \\&amp; b");
    }

    @Test
    void theKoreanRunbookHasNoVisibleEscapesAndNoParticleGuesses() {
        for (String preset : new String[] {"litwareinc", "exchange2010-limited"}) {
            String md = BundleBuilderTest.file(builder.build(BundleFixtures.preset(preset), Locale.KOREAN), "runbook.md");
            assertThat(md).as(preset).doesNotContainPattern("\\d\\\\-\\d").doesNotContain("을(를)", "\\(", "\\)");
            assertThat(md).as(preset).containsPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }
}
