package org.lyncowa.bundle;

import java.util.List;

import org.lyncowa.bundle.Runbook.Command;
import org.lyncowa.bundle.Runbook.Fact;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.bundle.Runbook.Section;
import org.lyncowa.bundle.Runbook.Step;

/**
 * Writes {@code runbook.md} (CommonMark). Nothing from the plan can change the document's
 * structure: values become code spans fenced with more backticks than they contain, words get a
 * backslash before every character that could start Markdown syntax, and line breaks inside a
 * value (which the plan rules refuse anyway) are flattened to spaces.
 */
final class RunbookMarkdown {

    /** Characters that start or end Markdown inline syntax anywhere in a line (plus {@code $} for math renderers). */
    private static final String ALWAYS = "\\`*_[]<>|~$";
    /** Characters that start block syntax only when they open a line ({@code - x}, {@code + x}, {@code = }, {@code # x}). */
    private static final String LINE_START = "-+=#:";
    /** After 1 to 9 digits that open a line, these make an ordered list marker ({@code 1. x}, {@code 12) x}). */
    private static final String AFTER_DIGITS = ".)";
    /** What an {@code &} would start: an entity or a character reference. */
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&#?[A-Za-z0-9]+;");

    private RunbookMarkdown() {
    }

    static String render(Runbook r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(r.title())).append("\n\n");
        md.append(line(r.generated())).append("\n\n");
        for (Line l : r.intro()) {
            md.append(line(l)).append("\n\n");
        }
        section(md, "##", r.summary());
        section(md, "##", r.warnings());
        md.append("## ").append(words(r.stepsHeading())).append("\n\n");
        for (Step step : r.steps()) {
            md.append("### ").append(words(step.heading())).append("\n\n");
            facts(md, step.facts());
            for (Command c : step.commands()) {
                md.append(line(c.label())).append("\n\n");
                int longest = c.lines().stream().mapToInt(l -> longestRun(l, '`')).max().orElse(0);
                String fence = "`".repeat(Math.max(3, longest + 1));
                md.append(fence).append("powershell\n");
                c.lines().forEach(l -> md.append(flat(l)).append('\n'));
                md.append(fence).append("\n\n");
            }
            for (Section block : step.blocks()) {
                section(md, "####", block);
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String level, Section s) {
        md.append(level).append(' ').append(words(s.heading())).append("\n\n");
        facts(md, s.facts());
        if (!s.items().isEmpty()) {
            for (Line item : s.items()) {
                md.append("- ").append(line(item)).append('\n');
            }
            md.append('\n');
        }
    }

    private static void facts(StringBuilder md, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        for (Fact f : facts) {
            md.append("- **").append(words(f.label())).append(":** ").append(line(f.value())).append('\n');
        }
        md.append('\n');
    }

    static String line(Line line) {
        StringBuilder out = new StringBuilder();
        for (Inline part : line.parts()) {
            out.append(part.code() ? code(part.text()) : words(part.text(), out.isEmpty()));
        }
        return out.toString();
    }

    /** A code span: the fence is one backtick longer than the longest backtick run inside. */
    static String code(String value) {
        String text = flat(value);
        if (text.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestRun(text, '`') + 1);
        // CommonMark strips one space on each side when both are there; pad so the value survives intact.
        boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" "));
        String space = pad ? " " : "";
        return fence + space + text + space + fence;
    }

    static String words(String text) {
        return words(text, true);
    }

    /**
     * Backslash-escapes Markdown syntax characters (CommonMark allows this for any ASCII punctuation),
     * and only where they would be syntax: a {@code -} inside {@code 2026-12-02} or the brackets of
     * {@code 을(를)} stay as they are, so the file reads as plain text too (issue 16). Always escaped:
     * the inline syntax characters; {@code !} only before {@code [} (an image), {@code &} only where
     * it starts an entity ({@code &amp;}); the block starters only at the start of the line, {@code .} and
     * {@code )} only after the digits that open it.
     */
    static String words(String text, boolean lineStart) {
        String flat = flat(text);
        StringBuilder out = new StringBuilder(flat.length() + 8);
        boolean atStart = lineStart;
        boolean digitsOnly = lineStart;
        int digits = 0;
        for (int i = 0; i < flat.length(); i++) {
            char ch = flat.charAt(i);
            char next = i + 1 < flat.length() ? flat.charAt(i + 1) : ' ';
            boolean syntax = ALWAYS.indexOf(ch) >= 0
                    || (ch == '!' && next == '[')
                    || (ch == '&' && ENTITY.matcher(flat).region(i, flat.length()).lookingAt())
                    // a heading's closing sequence: #s with nothing but #s and spaces after them
                    || (ch == '#' && flat.substring(i).strip().chars().allMatch(c -> c == '#'))
                    || (atStart && LINE_START.indexOf(ch) >= 0)
                    || (digitsOnly && digits > 0 && digits <= 9 && AFTER_DIGITS.indexOf(ch) >= 0);
            if (syntax) {
                out.append('\\');
            }
            out.append(ch);
            boolean space = ch == ' ' || ch == '\t';
            boolean digit = ch >= '0' && ch <= '9';
            digits = digit && digitsOnly ? digits + 1 : 0;
            // An ordered list marker is digits then '.' or ')': keep watching until the digits end.
            digitsOnly = digitsOnly && (digit || (space && digits == 0 && atStart));
            atStart = atStart && space;
        }
        return out.toString();
    }

    /** Line breaks of any kind would end a Markdown line: turn them into spaces. */
    static String flat(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean breaks = cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (breaks) {
                out.append(' ');
            } else if (type == Character.CONTROL) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static int longestRun(String text, char ch) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == ch ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
