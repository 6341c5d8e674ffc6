package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the full text of every script of every example plan, in every language: English under
 * {@code golden/<example>/}, Korean under {@code golden/ko/<example>/}. Run with {@code -Dgolden.update=true}
 * to rewrite the files after an intended change, then review the diff in git.
 */
class GoldenScriptsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Arguments> examplesAndLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (Locale locale : Examples.locales()) {
            for (String example : Examples.names()) {
                arguments.add(Arguments.of(example, locale.getLanguage()));
            }
        }
        return arguments;
    }

    /** English goldens stay where they were before Korean existed, so their history shows they never changed. */
    static Path goldenDir(String example, String language) {
        return "en".equals(language) ? GOLDEN.resolve(example) : GOLDEN.resolve(language).resolve(example);
    }

    @ParameterizedTest(name = "{1}/{0}")
    @MethodSource("examplesAndLanguages")
    void everyScriptMatchesItsGoldenFile(String example, String language) throws IOException {
        List<GeneratedScript> scripts = Examples.scripts(example, Locale.forLanguageTag(language));
        Path dir = goldenDir(example, language);
        if (UPDATE) {
            rewrite(dir, scripts);
            return;
        }
        assertThat(dir).as("golden folder for %s (run mvn test -Dgolden.update=true to create it)", example)
                .isDirectory();
        TreeSet<String> expectedNames = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> expectedNames.add(f.getFileName().toString()));
        }
        TreeSet<String> actualNames = new TreeSet<>(scripts.stream().map(GeneratedScript::fileName).toList());
        assertThat(actualNames).as("script files of %s", example).isEqualTo(expectedNames);
        StringBuilder problems = new StringBuilder();
        for (GeneratedScript script : scripts) {
            String expected = Files.readString(dir.resolve(script.fileName()), StandardCharsets.UTF_8);
            String diff = firstDifference(expected, script.text());
            if (diff != null) {
                problems.append(example).append('/').append(script.fileName()).append(": ").append(diff).append('\n');
            }
        }
        if (!problems.isEmpty()) {
            fail("generated scripts differ from the golden files (if intended, run with -Dgolden.update=true"
                    + " and review the git diff):\n" + problems);
        }
    }

    private static void rewrite(Path dir, List<GeneratedScript> scripts) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(dir);
        for (GeneratedScript script : scripts) {
            Files.writeString(dir.resolve(script.fileName()), script.text(), StandardCharsets.UTF_8);
        }
    }

    /** The first differing line, shown with both versions and visible line ends; null when equal. */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + "\n  expected: " + visible(el) + "\n  actual:   " + visible(al)
                        + "\n  (expected " + e.length + " lines, actual " + a.length + ")";
            }
        }
        return "texts differ";
    }

    private static String visible(String line) {
        return line.replace("\r", "\\r");
    }
}
