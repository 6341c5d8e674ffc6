package org.lyncowa.bundle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.lyncowa.plan.Plan;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.support.TestPresets;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Shared test set-up: the example plans, a fixed clock, the app's messages and a stand-in script source. */
final class BundleFixtures {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String GENERATOR = "lync-owa-wizard 0.1.0-test";
    static final List<String> PRESETS = List.of(TestPresets.LITWARE, TestPresets.COLOCATED, TestPresets.DISABLE,
            TestPresets.EXCHANGE_2010);

    private BundleFixtures() {
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/runbook", "messages/plan");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static Stream<String> presets() {
        return PRESETS.stream();
    }

    static Plan preset(String name) {
        return TestPresets.plan(name);
    }

    /**
     * Scripts shaped as plan-and-bundle.md describes, for testing the bundle on its own. Each one
     * mentions the plan title in a comment so tests can see plan values travel into scripts.
     */
    static List<GeneratedScript> standInScripts(Plan plan) {
        List<String> purposes = new ArrayList<>();
        if (plan.createsPool()) {
            purposes.add("trusted-pool");
            purposes.add("dial-plans");
        } else {
            purposes.add("trusted-pool-remediation");
        }
        if (plan.enablesIm()) {
            purposes.add("owa-virtual-directories");
            if (!plan.isExchange2010()) {
                purposes.add("owa-web-config");
            }
            purposes.add("owa-mailbox-policy");
        } else {
            purposes = new ArrayList<>(List.of("disable-im"));
        }
        purposes.add("verify");
        purposes.add("rollback");
        List<GeneratedScript> scripts = new ArrayList<>();
        for (int i = 0; i < purposes.size(); i++) {
            String purpose = purposes.get(i);
            String name = String.format("%02d-%s.ps1", i + 1, purpose);
            String text = "# " + plan.title() + "\r\n# purpose: " + purpose + "\r\nWrite-Host 'SUCCESS'\r\nexit 0\r\n";
            scripts.add(new GeneratedScript(name, purpose, "shell of " + purpose, "where " + purpose + " runs", i + 1,
                    text));
        }
        return scripts;
    }

    static BundleBuilder builder() {
        return new BundleBuilder((plan, locale) -> standInScripts(plan), messages(), CLOCK, GENERATOR);
    }
}
