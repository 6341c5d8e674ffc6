package org.lyncowa.bundle;

import java.util.List;

import org.lyncowa.bundle.Runbook.Command;
import org.lyncowa.bundle.Runbook.Fact;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.bundle.Runbook.Section;
import org.lyncowa.bundle.Runbook.Step;
import org.unbescape.html.HtmlEscape;

/**
 * Writes {@code runbook.html}: a self-contained page (own style, no scripts, no links out) that is
 * opened from the ZIP, not served by the app. Every text and value goes through unbescape's HTML
 * escaper (the one Thymeleaf uses), which turns {@code & < > " '} into entities.
 */
final class RunbookHtml {

    private static final String STYLE = """
            body{font-family:Segoe UI,Malgun Gothic,Arial,sans-serif;max-width:60rem;margin:2rem auto;\
            padding:0 1rem;line-height:1.45;color:#1b1b1b}
            h1{font-size:1.6rem;border-bottom:2px solid #0b5394;padding-bottom:.3rem}
            h2{font-size:1.3rem;margin-top:2rem;color:#0b5394}
            h3{font-size:1.1rem;margin-top:1.6rem;border-top:1px solid #ccc;padding-top:.8rem}
            h4{font-size:1rem;margin:1rem 0 .3rem}
            code,pre{font-family:Consolas,Courier New,monospace;background:#f3f3f3;unicode-bidi:isolate}
            code{padding:0 .2rem;overflow-wrap:anywhere}
            pre{padding:.5rem .8rem;border-left:3px solid #0b5394;overflow-x:auto}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
            dt{font-weight:600}
            dd{margin:0}
            @media print{pre{white-space:pre-wrap}}
            """;

    private RunbookHtml() {
    }

    static String render(Runbook r) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(r.languageTag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(plain(r.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        // <bdi> keeps right-to-left marks in the title from reordering anything outside it.
        h.append("<h1><bdi>").append(line(r.title())).append("</bdi></h1>\n");
        h.append("<p>").append(line(r.generated())).append("</p>\n");
        for (Line l : r.intro()) {
            h.append("<p>").append(line(l)).append("</p>\n");
        }
        section(h, "h2", r.summary());
        section(h, "h2", r.warnings());
        h.append("<h2>").append(esc(r.stepsHeading())).append("</h2>\n");
        for (Step step : r.steps()) {
            h.append("<section>\n<h3>").append(esc(step.heading())).append("</h3>\n");
            facts(h, step.facts());
            for (Command c : step.commands()) {
                h.append("<p>").append(line(c.label())).append("</p>\n<pre><code>");
                h.append(String.join("\n", c.lines().stream().map(RunbookHtml::esc).toList()));
                h.append("</code></pre>\n");
            }
            for (Section block : step.blocks()) {
                section(h, "h4", block);
            }
            h.append("</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, String tag, Section s) {
        h.append('<').append(tag).append('>').append(esc(s.heading())).append("</").append(tag).append(">\n");
        facts(h, s.facts());
        if (!s.items().isEmpty()) {
            h.append("<ul>\n");
            for (Line item : s.items()) {
                h.append("<li>").append(line(item)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    private static void facts(StringBuilder h, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        h.append("<dl>\n");
        for (Fact f : facts) {
            h.append("<dt>").append(esc(f.label())).append("</dt><dd>").append(line(f.value())).append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    private static String line(Line line) {
        StringBuilder out = new StringBuilder();
        for (Inline part : line.parts()) {
            if (part.code()) {
                // The style isolates code (unicode-bidi), so a right-to-left mark inside a value cannot reorder the line.
                out.append("<code>").append(esc(part.text())).append("</code>");
            } else {
                out.append(esc(part.text()));
            }
        }
        return out.toString();
    }

    private static String plain(Line line) {
        StringBuilder out = new StringBuilder();
        line.parts().forEach(p -> out.append(p.text()));
        return esc(out.toString());
    }

    static String esc(String text) {
        return HtmlEscape.escapeHtml4Xml(RunbookMarkdown.flat(text));
    }
}
