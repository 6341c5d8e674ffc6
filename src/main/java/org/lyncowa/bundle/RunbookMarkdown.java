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
    private static final String ALWAYS = "\\`*_{}[]<>&|~!#$^";
    /** Characters that start block syntax when they open a line ({@code - x}, {@code + x}, {@code = }, {@code 1. x}). */
    private static final String LINE_START = "-+=.):";

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

    /** Backslash-escapes Markdown syntax characters (CommonMark allows this for any ASCII punctuation). */
    static String words(String text, boolean lineStart) {
        String flat = flat(text);
        StringBuilder out = new StringBuilder(flat.length() + 8);
        boolean atStart = lineStart;
        for (int i = 0; i < flat.length(); i++) {
            char ch = flat.charAt(i);
            if (ALWAYS.indexOf(ch) >= 0 || (atStart && LINE_START.indexOf(ch) >= 0)) {
                out.append('\\');
            }
            out.append(ch);
            // An ordered list marker is digits then '.' or ')': keep watching until the digits end.
            atStart = atStart && (ch == ' ' || Character.isDigit(ch));
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
