package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The script text files and how their text reaches the scripts. The languages share one template set
 * (scripts/templates/), so they cannot differ in code by construction; these tests pin the rest: every
 * message exists in both languages with the same placeholders, the markers people and tools look for
 * survive translation, and text goes into scripts only as comment-safe text or quoted literals.
 */
class ScriptTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern P_REF = Pattern.compile("P-\\d+(\\.\\d+)?");
    private static final Pattern KEY_USE = Pattern.compile("t\\.(?:c|ci|cv|q|f)\\('([^']+)'");
    private static final Pattern KEY_CHOICE = Pattern.compile("\\? '([^']+)' : '([^']+)'");

    static Properties messages(String language) {
        return ScriptGenerator.load(ScriptGenerator.messagesOf(language));
    }

    @Nested
    class MessageFiles {

        @Test
        void bothLanguagesHaveTheSameKeysAndNoEmptyValue() {
            Properties en = messages("en");
            Properties ko = messages("ko");
            assertThat(ko.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            assertThat(en.stringPropertyNames()).hasSizeGreaterThan(200);
            for (Properties p : List.of(en, ko)) {
                for (String key : p.stringPropertyNames()) {
                    assertThat(p.getProperty(key)).as(key).isNotBlank();
                }
            }
        }

        @Test
        void koreanIsATranslationNotACopy() {
            Properties en = messages("en");
            Properties ko = messages("ko");
            // Only a message with no words to translate may be the same: the FAILURE marker and its placeholder.
            Set<String> same = new TreeSet<>();
            for (String key : en.stringPropertyNames()) {
                if (en.getProperty(key).equals(ko.getProperty(key))) {
                    same.add(key);
                }
            }
            // Microsoft does not translate these product names (P-8.1): the same in Korean.
            assertThat(same).containsExactly("common.failure", "name.lync.LYNC_2013", "name.owa.app");
        }

        @Test
        void translationsKeepPlaceholdersReferencesAndMarkers() {
            Properties en = messages("en");
            Properties ko = messages("ko");
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key);
                String k = ko.getProperty(key);
                assertThat(placeholders(k)).as("placeholders of " + key).isEqualTo(placeholders(e));
                assertThat(all(P_REF, k)).as("P-x.y references of " + key).isEqualTo(all(P_REF, e));
                for (String marker : List.of("SUCCESS: ", "FAILURE: ")) {
                    assertThat(k.startsWith(marker)).as(marker + "in " + key).isEqualTo(e.startsWith(marker));
                }
            }
        }

        @Test
        void theHeaderShowsTheManifestValuesInEnglish() {
            Properties manifest = ScriptGenerator.load("scripts/manifest.properties");
            Properties en = messages("en");
            for (String key : manifest.stringPropertyNames()) {
                String[] parts = key.split("\\.");
                assertThat(en.getProperty(parts[1] + "." + parts[0])).as(key).isEqualTo(manifest.getProperty(key));
            }
        }

        /** Every key a template names exists, and every key of the files is used by some template. */
        @Test
        void theTemplatesUseExactlyTheKeysOfTheFiles() throws IOException {
            Set<String> used = new TreeSet<>();
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/scripts/templates"))) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f);
                    used.addAll(all(KEY_USE, text));
                    Matcher choice = KEY_CHOICE.matcher(text);
                    while (choice.find()) {
                        if (choice.group(1).matches("[a-zA-Z]+\\.[a-zA-Z0-9]+")) {
                            used.add(choice.group(1));
                            used.add(choice.group(2));
                        }
                    }
                }
            }
            // Header shell/runOn keys are built from the manifest keys in ScriptGenerator.
            Set<String> expected = new TreeSet<>(messages("en").stringPropertyNames());
            // Product names (name.*) are built into placeholders by ScriptGenerator, per plan (P-8.1).
            expected.removeIf(k -> k.startsWith("shell.") || k.startsWith("runOn.") || k.startsWith("name."));
            assertThat(used).isEqualTo(expected);
        }
    }

    @Nested
    class Rendering {

        private final Properties english = props("greeting", "Port {0} is used by {1}.", "lead", "{0} is down",
                "plain", "It's done", "lines", "one\ntwo\n\nfour");

        @Test
        void commentsAreCommentSafeAndContinueOnTheGivenPrefix() {
            ScriptText t = new ScriptText(props("x", "a\u2028b\nc\n\nd"), english);
            assertThat(t.c("x")).isEqualTo("a?b\n# c\n#\n# d");
            assertThat(t.ci("x", "    # ")).isEqualTo("a?b\n    # c\n    #\n    # d");
            assertThat(new ScriptText(props("v", "step \"{0}\""), english).cv("v", "a\nb")).isEqualTo("step \"a?b\"");
            assertThatThrownBy(() -> new ScriptText(props("v", "{1}"), english).cv("v", "a"))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void textInsideStringsIsQuoted() {
            ScriptText t = new ScriptText(english, english);
            assertThat(t.q("plain")).isEqualTo("'It''s done'");
            assertThat(new ScriptText(props("plain", "\u2019quoted\u2018"), english).q("plain"))
                    .isEqualTo("'\u2019\u2019quoted\u2018\u2018'");
            assertThat(t.f("greeting", "$Port", "$name")).isEqualTo("'Port ' + $Port + ' is used by ' + $name + '.'");
            assertThatThrownBy(() -> t.q("greeting")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> t.f("greeting", "$Port")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> t.c("absent")).isInstanceOf(IllegalStateException.class);
        }

        /** A translation may lead with another expression than English; + must then still build a string. */
        @Test
        void aTranslationLeadingWithAnotherExpressionCastsItToString() {
            ScriptText ko = new ScriptText(props("greeting", "{1}이(가) 포트 {0} 사용", "lead", "{0} 중지됨"), english);
            assertThat(ko.f("greeting", "$Port", "$name")).isEqualTo("[string]$name + '이(가) 포트 ' + $Port + ' 사용'");
            // Same leading expression as English: left as the (tested) English template has it.
            assertThat(ko.f("lead", "$server")).isEqualTo("$server + ' 중지됨'");
            assertThat(new ScriptText(english, english).f("lead", "$server")).isEqualTo("$server + ' is down'");
        }
    }

    /**
     * The generated scripts of both languages, line by line: after dropping whole comment lines, both have
     * the same lines, and each pair differs only in the string literals that hold translated text, in the
     * order of the operands that join them, and in a {@code [string]} cast of a reordered first operand.
     */
    @ParameterizedTest
    @MethodSource("org.lyncowa.script.Examples#names")
    void generatedCodeIsTheSameInBothLanguages(String example) {
        List<GeneratedScript> en = Examples.scripts(example, Locale.ENGLISH);
        List<GeneratedScript> ko = Examples.scripts(example, Locale.KOREAN);
        assertThat(ko).hasSameSizeAs(en);
        int translatedLines = 0;
        for (int i = 0; i < en.size(); i++) {
            List<String> e = code(en.get(i).text());
            List<String> k = code(ko.get(i).text());
            assertThat(k).as(ko.get(i).fileName() + " code lines").hasSameSizeAs(e);
            for (int n = 0; n < e.size(); n++) {
                if (!e.get(n).equals(k.get(n))) {
                    translatedLines++;
                    assertThat(codeShape(k.get(n))).as(ko.get(i).fileName() + ": " + k.get(n) + "\n vs " + e.get(n))
                            .isEqualTo(codeShape(e.get(n)));
                }
            }
        }
        assertThat(translatedLines).as("lines with translated strings").isPositive();
    }

    @Test
    void theCodeComparisonSeesAChangedCommand() {
        assertThat(codeShape("Write-Host ('처리: ' + $x)")).isEqualTo(codeShape("Write-Host ('Done: ' + $x)"));
        assertThat(codeShape("Write-Host ($x + ' 처리')")).isEqualTo(codeShape("Write-Host ('Done: ' + $x)"));
        assertThat(codeShape("Write-Warning ('처리: ' + $x)")).isNotEqualTo(codeShape("Write-Host ('Done: ' + $x)"));
        assertThat(codeShape("Write-Host ('처리: ' + $y)")).isNotEqualTo(codeShape("Write-Host ('Done: ' + $x)"));
    }

    /** The lines that are not whole-line comments ({@code #Requires} is code). */
    private static List<String> code(String script) {
        List<String> lines = new ArrayList<>();
        for (String line : script.split("\r\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("#") || trimmed.startsWith("#Requires")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * A code line without its single-quoted literals, {@code [string]} casts, {@code +} and blanks, as a
     * sorted bag of characters: equal for two lines that differ only in translated text and operand order.
     */
    static String codeShape(String line) {
        String s = line.replaceAll("'(?:[^']|'')*'", "").replace("[string]", "").replaceAll("[+\\s]", "");
        return s.chars().sorted().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private static Set<String> placeholders(String text) {
        return new TreeSet<>(all(PLACEHOLDER, text));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 && pattern == KEY_USE ? m.group(1) : m.group());
        }
        found.sort(null);
        return found;
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
