package org.lyncowa.wizard.discovery;

import java.util.List;

/**
 * What a step page shows of the findings ("Found on your servers", issue 18): each finding of its section in
 * words, warnings marked, and for a value the findings could not decide the candidates with the one the
 * answer now holds.
 */
public record FoundView(List<Item> items) {

    /**
     * @param choices  the candidates a person can pick with one click (empty: nothing to choose)
     * @param selected the candidate the answer holds now
     */
    public record Item(String section, String field, String kind, String text, List<String> choices, String selected) {
        public boolean warning() {
            return "WARNING".equals(kind) || "MISSING".equals(kind);
        }

        public boolean choosable() {
            return !choices.isEmpty();
        }
    }

    public FoundView {
        items = List.copyOf(items);
    }

    public List<Item> in(String section) {
        return items.stream().filter(i -> i.section().equals(section)).toList();
    }

    public boolean any(String section) {
        return items.stream().anyMatch(i -> i.section().equals(section));
    }
}
