package org.lyncowa.wizard.preview;

import java.util.List;

/**
 * What a step page shows under "Commands from your answers": either blocks of command lines, or
 * (when the answers do not pass yet, or produce no command) a note. Lines are plain text with every
 * plan value already quoted as the scripts quote it; the template HTML-escapes them.
 */
public record Preview(String noteKey, List<Block> blocks) {

    /** Shown while this page's answers have errors or are not complete yet. */
    public static final String FIX_ERRORS = "preview.fixErrors";

    public Preview {
        blocks = List.copyOf(blocks);
    }

    /** Lines to run one after the other in one place; {@code labelKey} says where and why (a message key). */
    public record Block(String labelKey, List<String> lines) {
        public Block {
            lines = List.copyOf(lines);
        }

        /** The lines as one text, for the copy button and the {@code <pre>}. */
        public String text() {
            return String.join("\n", lines);
        }
    }

    public static Preview note(String noteKey) {
        return new Preview(noteKey, List.of());
    }

    public static Preview of(List<Block> blocks) {
        return new Preview(null, blocks);
    }

    public boolean hasLines() {
        return !blocks.isEmpty();
    }
}
