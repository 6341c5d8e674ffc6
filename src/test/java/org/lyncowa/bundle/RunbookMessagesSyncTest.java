package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every runbook message exists in English and Korean, with words in both (like petclinic's I18nPropertiesSyncTest). */
class RunbookMessagesSyncTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RunbookMessagesSyncTest.class.getResourceAsStream("/messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties en = load("runbook.properties");
        Properties ko = load("runbook_ko.properties");
        assertThat(en).isNotEmpty();
        assertThat(ko.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        en.forEach((k, v) -> assertThat(v.toString().strip()).as("en " + k).isNotEmpty());
        ko.forEach((k, v) -> assertThat(v.toString().strip()).as("ko " + k).isNotEmpty());
    }

    @Test
    void koreanIsTranslatedAndKeepsTheSameCodeAndPlaceholders() throws IOException {
        Properties en = load("runbook.properties");
        Properties ko = load("runbook_ko.properties");
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            String k = ko.getProperty(key);
            // Code spans (commands, file names, registry paths) must be the same in both languages.
            assertThat(new java.util.HashSet<>(codeSpans(k))).as(key).isEqualTo(new java.util.HashSet<>(codeSpans(e)));
            for (int i = 0; i < 3; i++) {
                assertThat(k.contains("{" + i + "}")).as(key + " {" + i + "}").isEqualTo(e.contains("{" + i + "}"));
            }
            boolean isFlag = key.endsWith(".medium");
            boolean hasLetters = e.codePoints().anyMatch(Character::isLetter);
            if (!isFlag && hasLetters && !e.equals(k)) {
                assertThat(k.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL))
                        .as("Korean text in " + key).isTrue();
            }
        }
    }

    private static java.util.List<String> codeSpans(String message) {
        String[] pieces = message.split("`", -1);
        java.util.List<String> spans = new java.util.ArrayList<>();
        for (int i = 1; i < pieces.length; i += 2) {
            spans.add(pieces[i]);
        }
        return spans;
    }
}
