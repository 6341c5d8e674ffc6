package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The English and Korean messages of every family (pages, plan rules, runbook) must stay in step, and every
 * key a template names must exist.
 */
class MessagesSyncTest {

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                MessagesSyncTest.class.getResourceAsStream("/messages/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndKoreanHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties en = load("messages.properties");
        Properties ko = load("messages_ko.properties");

        assertThat(new TreeSet<>(ko.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).allSatisfy(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
        assertThat(ko.stringPropertyNames()).allSatisfy(key -> assertThat(ko.getProperty(key)).as(key).isNotBlank());
    }

    /** Every family the app loads (spring.messages.basename): messages, plan, runbook, and any added later. */
    private static List<String> families() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    @Test
    void everyMessageFamilyTheAppLoadsIsCheckedHere() throws IOException {
        Properties app = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        List<String> loaded = Arrays.stream(app.getProperty("spring.messages.basename").split(","))
                .map(String::strip).map(b -> b.substring(b.lastIndexOf('/') + 1)).sorted().toList();
        assertThat(families()).isEqualTo(loaded).contains("messages", "plan", "runbook");
    }

    @Test
    void everyFamilyHasTheSameKeysAndPlaceholdersInEnglishAndKorean() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d+[^}]*}");
        List<String> problems = new ArrayList<>();
        for (String family : families()) {
            Properties en = load(family + ".properties");
            Properties ko = load(family + "_ko.properties");
            Set<String> keys = new TreeSet<>(en.stringPropertyNames());
            keys.addAll(ko.stringPropertyNames());
            for (String key : keys) {
                String e = en.getProperty(key);
                String k = ko.getProperty(key);
                if (e == null || e.isBlank() || k == null || k.isBlank()) {
                    problems.add(family + ": " + key + " missing or empty in " + (e == null || e.isBlank() ? "en" : "ko"));
                } else if (!placeholders(placeholder, e).equals(placeholders(placeholder, k))) {
                    problems.add(family + ": " + key + " has other placeholders in Korean");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> placeholders(Pattern placeholder, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = placeholder.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll(",.*", "}"));
        }
        return found;
    }

    @Test
    void theKoreanTextIsActuallyKorean() throws IOException {
        for (String family : families()) {
            Properties ko = load(family + "_ko.properties");
            long korean = ko.stringPropertyNames().stream().filter(k -> HANGUL.matcher(ko.getProperty(k)).find()).count();
            // Some values are product names, paths or commands and stay as they are; the rest must be translated.
            assertThat(korean).as(family).isGreaterThan(ko.size() * 8L / 10);
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    String key = keys.group(1);
                    if (!en.containsKey(key) && !key.endsWith(".")) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
