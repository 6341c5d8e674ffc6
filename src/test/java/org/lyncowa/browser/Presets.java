package org.lyncowa.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.support.TestPresets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example plans as the browser tests type them in and expect them back; the plans themselves
 * come from the tests' one fixture, {@link TestPresets}, and are typed with its one mapper
 * ({@link org.lyncowa.support.PlanForms}, through {@link BrowserTestBase#fillStep}).
 */
final class Presets {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LITWARE = TestPresets.LITWARE;
    /** Answers given by radios: the page shows them as words, not as their codes. */
    private static final java.util.Set<String> CHOICES = java.util.Set.of("umServicesColocated", "mode", "scope",
            "certificateSource");

    private Presets() {
    }

    static List<String> names() {
        return TestPresets.names();
    }

    /** The preset's file, for an upload. */
    static Path file(String name) {
        return TestPresets.file(name);
    }

    /** The preset as written in the file: what a person types in. */
    static Plan typed(String name) {
        return TestPresets.typed(name);
    }

    /**
     * The plan the wizard should end up with: the preset normalised by the rules (answers that do
     * not apply dropped), in the plan file format, as a tree to compare with.
     */
    static JsonNode expected(String name) {
        Plan normalised = TestPresets.plan(name);
        tools.jackson.databind.node.ObjectNode plan = (tools.jackson.databind.node.ObjectNode) JSON
                .readTree(PlanJson.write(normalised));
        if (!normalised.enablesIm()) {
            // The wizard skips the mailbox-policy step when IM is switched off (P-3.8), so a plan
            // typed in has no such answer even where the example file carries one.
            plan.remove("mailboxPolicy");
        }
        return plan;
    }

    /**
     * A plan section as the step page asks for it. The instant-messaging page offers three certificate
     * choices (P-9.2) where the plan says {@code THUMBPRINT} (with or without per-server entries) or
     * {@code IIS}: a plan with per-server thumbprints is typed as "a certificate per server", one line
     * per server with the thumbprint it uses (its own, else the shared one), as the page shows it back.
     * Other sections are asked as they are written.
     */
    static JsonNode pageAnswers(String section, JsonNode plan) {
        JsonNode answers = plan.path(section);
        if (!"instantMessaging".equals(section) || !answers.isObject()) {
            return answers;
        }
        tools.jackson.databind.node.ObjectNode page = ((tools.jackson.databind.node.ObjectNode) answers).deepCopy();
        JsonNode perServer = answers.path("certificates");
        if (!"ENABLE".equals(answers.path("mode").asString()) || "IIS".equals(answers.path("certificateSource").asString())) {
            return page;
        }
        if (!perServer.isObject() || perServer.isEmpty()) {
            if (answers.has("certificateSource")) {
                page.put("certificateSource", "SHARED");
            }
            page.remove("certificates");
            return page;
        }
        boolean exchange2010 = "EXCHANGE_2010".equals(plan.path("compatibility").path("exchangeServer").asString());
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode server : answers.path(exchange2010 ? "clientAccessServers" : "mailboxServers")) {
            String name = server.asString();
            JsonNode own = perServer.path(name);
            lines.add(name + " " + (own.isMissingNode() ? answers.path("certificateThumbprint").asString() : own.asString()));
        }
        page.put("certificateSource", "PER_SERVER");
        page.put("certificates", String.join("\n", lines));
        page.remove("certificateThumbprint");
        return page;
    }

    /**
     * The plan the wizard ends up with when the preset is typed in through the pages: as
     * {@link #expected}, with per-server certificates as the page saves them (every server with its
     * thumbprint, no shared one; the same certificate for each server).
     */
    static JsonNode typedResult(String name) {
        tools.jackson.databind.node.ObjectNode plan = (tools.jackson.databind.node.ObjectNode) expected(name);
        JsonNode page = pageAnswers("instantMessaging", plan);
        if ("PER_SERVER".equals(page.path("certificateSource").asString())) {
            tools.jackson.databind.node.ObjectNode im = (tools.jackson.databind.node.ObjectNode) plan.path("instantMessaging");
            tools.jackson.databind.node.ObjectNode certificates = im.putObject("certificates");
            for (String line : page.path("certificates").asString().split("\n")) {
                String[] parts = line.split(" ", 2);
                certificates.put(parts[0], parts[1]);
            }
            im.remove("certificateThumbprint");
        }
        return plan;
    }

    /** Every text a person typed that the check-answers page must show back (lists item by item). */
    static List<String> shownValues(JsonNode plan) {
        Stream.Builder<String> values = Stream.builder();
        values.add(plan.path("title").asString());
        for (String section : List.of("trustedPool", "instantMessaging", "mailboxPolicy")) {
            plan.path(section).properties().forEach(p -> {
                JsonNode v = p.getValue();
                if (v.isArray()) {
                    v.valueStream().forEach(item -> values.add(item.asString()));
                } else if (v.isObject()) {
                    // certificates: each server and its thumbprint (plan format version 2)
                    v.properties().forEach(e -> {
                        values.add(e.getKey());
                        values.add(e.getValue().asString());
                    });
                } else if (!CHOICES.contains(p.getKey())) {
                    values.add(v.asString());
                }
            });
        }
        return values.build().filter(v -> !v.isEmpty()).toList();
    }
}
