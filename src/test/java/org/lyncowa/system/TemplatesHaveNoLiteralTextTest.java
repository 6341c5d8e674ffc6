package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word people read comes from the messages (English and Korean), so templates hold no text
 * of their own; and since a strict Content-Security-Policy is planned, no inline script or style.
 */
class TemplatesHaveNoLiteralTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern PEOPLE_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|aria-description|aria-roledescription|aria-valuetext|label|value)=\"([^\"]*)\"");
    private static final Pattern THYMELEAF_ATTRIBUTE = Pattern.compile("\\sth:[\\w-]+=\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** Two words in a row: a sentence for people, not an id, class, code or path. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");
    private static final Pattern INLINE_CODE = Pattern.compile(
            "\\sstyle=\"|\\son[a-z]+=\"|<script(?![^>]*\\s(?:th:)?src=)[^>]*>|<style", Pattern.CASE_INSENSITIVE);

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static String markup(Path file) throws IOException {
        String html = COMMENT.matcher(Files.readString(file)).replaceAll("");
        return DOCTYPE.matcher(html).replaceAll("");
    }

    @Test
    void thereAreTemplatesToCheck() throws IOException {
        assertThat(templates()).hasSizeGreaterThan(10);
    }

    @Test
    void noTextOutsideMessageExpressions() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : templates()) {
            Matcher text = TEXT_NODE.matcher(markup(file));
            while (text.find()) {
                if (LETTER.matcher(text.group(1)).find()) {
                    literals.add(TEMPLATES.relativize(file) + ": " + text.group(1).strip());
                }
            }
            Matcher attribute = PEOPLE_ATTRIBUTE.matcher(markup(file));
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find()) {
                    literals.add(TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=" + attribute.group(2));
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /** Text can also hide in an expression ({@code th:text="${x} ?: 'Not given'"}): it would never be translated. */
    @Test
    void noTextInsideThymeleafExpressions() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : templates()) {
            Matcher attribute = THYMELEAF_ATTRIBUTE.matcher(markup(file));
            while (attribute.find()) {
                Matcher quoted = QUOTED.matcher(attribute.group(1));
                while (quoted.find()) {
                    if (WORDS.matcher(quoted.group(1)).find()) {
                        literals.add(TEMPLATES.relativize(file) + ": " + attribute.group());
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void noInlineScriptStyleOrEventHandlers() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : templates()) {
            Matcher code = INLINE_CODE.matcher(markup(file));
            while (code.find()) {
                inline.add(TEMPLATES.relativize(file) + ": " + code.group());
            }
        }
        assertThat(inline).isEmpty();
    }

    @Test
    void noExternalUrls() throws IOException {
        List<String> external = new ArrayList<>();
        Pattern url = Pattern.compile("(?:href|src|action)=\"(?:https?:)?//[^\"]*\"");
        for (Path file : templates()) {
            Matcher found = url.matcher(markup(file));
            while (found.find()) {
                external.add(TEMPLATES.relativize(file) + ": " + found.group());
            }
        }
        assertThat(external).isEmpty();
    }
}
