package org.lyncowa.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of a page in the shape the GOV.UK pattern needs: a summary list linking to each
 * field, and the same words next to the field.
 */
public final class PageErrors {

    public static final String MODEL = "errors";

    /** One error: the id of the field it links to and its message. */
    public record Item(String field, String message) {
    }

    private final List<Item> summary;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public PageErrors(List<Item> items) {
        this.summary = List.copyOf(items);
        for (Item item : items) {
            byField.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(item.message());
        }
    }

    public static PageErrors none() {
        return new PageErrors(List.of());
    }

    public List<Item> getSummary() {
        return summary;
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The value of {@code aria-describedby}: the hint (when there is one) and the error message ids. */
    public String describedBy(String field, boolean hint) {
        StringBuilder ids = new StringBuilder();
        if (hint) {
            ids.append(field).append("-hint");
        }
        if (has(field)) {
            ids.append(ids.isEmpty() ? "" : " ").append(field).append("-error");
        }
        return ids.isEmpty() ? null : ids.toString();
    }
}
