package org.lyncowa.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human text of the scripts in one language, handed to the templates already made safe for the place
 * it goes: comment lines through {@link PsQuote#comment}, string literals through {@link PsQuote#literal}.
 * The templates hold only code; every comment and message comes from {@code scripts/<language>/messages.properties}
 * through this class, so the two languages cannot differ in anything but text.
 *
 * <p>Messages may span lines ({@code \n}) and may hold placeholders {@code {0}}, {@code {1}}, ... that
 * stand for PowerShell expressions written in the template (never plan values: those are variables
 * set from quoted literals at the top of each script).
 */
public final class ScriptText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Properties messages;
    private final Properties english;
    /** Product names of the plan's versions ({@code {lyncShell}} to "Skype for Business Server Management Shell"). */
    private final java.util.Map<String, String> names;
    /**
     * Results already worked out, by method and arguments: the text is fixed per language and product
     * names, and a bundle asks for the same few hundred texts each time. Bounded, in case a template
     * ever passes plan values as expressions.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> done = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_DONE = 4096;

    /**
     * @param messages the messages of the language rendered
     * @param english  the English messages, the reference for {@link #f}: see there
     */
    ScriptText(Properties messages, Properties english) {
        this(messages, english, java.util.Map.of());
    }

    private ScriptText(Properties messages, Properties english, java.util.Map<String, String> names) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.english = Objects.requireNonNull(english, "english");
        this.names = java.util.Map.copyOf(names);
    }

    /**
     * The same text with named product placeholders ({@code {lync}}, {@code {lyncShell}}, {@code {frontEnd}},
     * {@code {lyncFrontEnd}}, {@code {owa}}) replaced by the names of the plan's versions (P-8.1), resolved
     * from the {@code name.*} keys of this language: see {@link #name(String)}.
     */
    ScriptText named(java.util.Map<String, String> productNames) {
        return new ScriptText(messages, english, productNames);
    }

    /** A {@code name.*} message as it is, for building the product names of a plan. */
    String name(String key) {
        return message(key);
    }

    /** The message as comment text; further lines start with {@code "# "} (for comments at column 0). */
    public String c(String key) {
        return ci(key, "# ");
    }

    /** The message as comment text; further lines start with {@code continuation} (indentation and {@code #}). */
    public String ci(String key, String continuation) {
        return remembered("ci\u0000" + key + "\u0000" + continuation, () -> commentLines(key, continuation));
    }

    private String commentLines(String key, String continuation) {
        StringBuilder out = new StringBuilder();
        String[] lines = message(key).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = PsQuote.comment(lines[i]);
            if (i > 0) {
                // An empty line gets no trailing blank after its '#'.
                out.append('\n').append(line.isEmpty() ? continuation.stripTrailing() : continuation);
            }
            out.append(line);
        }
        return out.toString();
    }

    /** A one-line message as comment text with its placeholders replaced by {@code values} (made comment-safe). */
    public String cv(String key, Object... values) {
        String text = message(key);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            if (index >= values.length) {
                throw new IllegalStateException("script text " + key + " uses {" + index + "}, the template gives "
                        + values.length + " value(s)");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values[index])));
        }
        m.appendTail(out);
        return PsQuote.comment(out.toString());
    }

    /** A message without placeholders as one single-quoted PowerShell string literal. */
    public String q(String key) {
        return remembered("q\u0000" + key, () -> literal(key));
    }

    private String literal(String key) {
        String text = message(key);
        if (PLACEHOLDER.matcher(text).find()) {
            throw new IllegalStateException("script text " + key + " has placeholders: use f");
        }
        return PsQuote.literal(text);
    }

    /**
     * A message as a PowerShell string expression: its text pieces as single-quoted literals joined with
     * {@code +} to the template's expressions for the placeholders ({@code 'Port ' + $Port + ' is used.'}).
     * The word order is the language's own, so a translation may start with a placeholder where English
     * starts with text. {@code +} then takes its type from that first operand: an integer or a date
     * there would make PowerShell add numbers or fail. Where the English message starts with the same
     * expression, the template was written (and tested) for that; any other leading expression is cast
     * to {@code [string]} so the sum stays a string.
     */
    public String f(String key, String... expressions) {
        return remembered("f\u0000" + key + "\u0000" + String.join("\u0000", expressions), () -> expression(key, expressions));
    }

    private String expression(String key, String... expressions) {
        String text = message(key);
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        Integer leading = null;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(PsQuote.literal(text.substring(last, m.start())));
            }
            int index = Integer.parseInt(m.group(1));
            if (index >= expressions.length) {
                throw new IllegalStateException("script text " + key + " uses {" + index + "}, the template gives "
                        + expressions.length + " expression(s)");
            }
            if (parts.isEmpty()) {
                leading = index;
            }
            parts.add(expressions[index]);
            last = m.end();
        }
        if (last < text.length() || parts.isEmpty()) {
            parts.add(PsQuote.literal(text.substring(last)));
        }
        if (leading != null && !expressions[leading].startsWith("[string]")
                && !Objects.equals(leading, leadingPlaceholder(english.getProperty(key)))) {
            parts.set(0, "[string]" + parts.get(0));
        }
        return String.join(" + ", parts);
    }

    private static Integer leadingPlaceholder(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    private String remembered(String call, java.util.function.Supplier<String> work) {
        String known = done.get(call);
        if (known != null) {
            return known;
        }
        String text = work.get();
        if (done.size() < MAX_DONE) {
            done.put(call, text);
        }
        return text;
    }

    private String message(String key) {
        String value = messages.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("missing script text " + key);
        }
        for (java.util.Map.Entry<String, String> n : names.entrySet()) {
            value = value.replace("{" + n.getKey() + "}", n.getValue());
        }
        return value;
    }
}
