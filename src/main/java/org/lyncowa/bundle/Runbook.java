package org.lyncowa.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * The runbook as data, already in the reader's language, so that the Markdown and the HTML file
 * say exactly the same thing. Text is kept apart from values: every renderer escapes both, and
 * values (which come from the plan) are shown as code.
 */
public record Runbook(
        String languageTag,
        Line title,
        Line generated,
        List<Line> intro,
        Section summary,
        Section warnings,
        String stepsHeading,
        List<Step> steps) {

    /** A run of words ({@code code == false}) or a literal value shown as code. */
    public record Inline(String text, boolean code) {
        static Inline words(String text) {
            return new Inline(text, false);
        }

        static Inline value(String text) {
            return new Inline(text, true);
        }
    }

    /** One line of text made of inlines. */
    public record Line(List<Inline> parts) {
        public Line {
            parts = List.copyOf(parts);
        }

        static Line of(Inline... parts) {
            return new Line(List.of(parts));
        }

        /**
         * A message from the properties files: backtick-quoted parts are code, the rest words.
         * Messages are ours, so this mini-markup is safe; plan values never pass through here.
         */
        static Line message(String message) {
            List<Inline> parts = new ArrayList<>();
            String[] pieces = message.split("`", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isEmpty()) {
                    parts.add(new Inline(pieces[i], i % 2 == 1));
                }
            }
            return new Line(parts);
        }

        /** The words and values as plain text (a page title shows no markup). */
        public String text() {
            StringBuilder out = new StringBuilder();
            parts.forEach(p -> out.append(p.text()));
            return out.toString();
        }

        Line append(Inline... more) {
            List<Inline> all = new ArrayList<>(parts);
            all.addAll(List.of(more));
            return new Line(all);
        }

        Line append(Line more) {
            List<Inline> all = new ArrayList<>(parts);
            all.addAll(more.parts());
            return new Line(all);
        }
    }

    /** A label and its value(s), e.g. "Run on: each Mailbox server". */
    public record Fact(String label, Line value) {
    }

    /** A heading with facts and bullet lines (either may be empty). */
    public record Section(String heading, List<Fact> facts, List<Line> items) {
        public Section {
            facts = List.copyOf(facts);
            items = List.copyOf(items);
        }
    }

    /** Command lines to type one after the other, with what they are for. */
    public record Command(Line label, List<String> lines) {
        public Command {
            lines = List.copyOf(lines);
        }

        /** The lines as one text, as a page shows them in one block. */
        public String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * One step: heading, where and how to run, the commands, then blocks (what to do, a good result, notes);
     * {@code purpose} is the script's ({@code verify}, ...) or the manual step's key, for pages that pick steps out.
     */
    public record Step(String heading, List<Fact> facts, List<Command> commands, List<Section> blocks, String purpose) {
        public Step {
            facts = List.copyOf(facts);
            commands = List.copyOf(commands);
            blocks = List.copyOf(blocks);
        }
    }
}
