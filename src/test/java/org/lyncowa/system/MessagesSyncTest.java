package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The English and Korean page messages must stay in step, and every key a template names must exist. */
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

    @Test
    void theKoreanTextIsActuallyKorean() throws IOException {
        Properties ko = load("messages_ko.properties");
        long korean = ko.stringPropertyNames().stream().filter(k -> HANGUL.matcher(ko.getProperty(k)).find()).count();
        // Some values are product names, paths or commands and stay as they are; the rest must be translated.
        assertThat(korean).isGreaterThan(ko.size() * 8L / 10);
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
