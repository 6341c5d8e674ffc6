package org.lyncowa.script;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.Plan;
import org.lyncowa.support.TestPresets;

/** The example plans shipped as presets, and a generator whose output is stable for golden files. */
final class Examples {

    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final String GENERATOR = "lync-owa-wizard test";

    private Examples() {
    }

    static ScriptGenerator generator() {
        return new ScriptGenerator(FIXED_CLOCK, GENERATOR);
    }

    /** Base names of the example plans ({@code litwareinc}, ...), sorted: {@link TestPresets#names}. */
    static List<String> names() {
        return TestPresets.names();
    }

    /** The example as the app loads it: {@link TestPresets#plan}. */
    static Plan plan(String name) {
        return TestPresets.plan(name);
    }

    static List<GeneratedScript> scripts(String name) {
        return generator().generate(plan(name));
    }

    static List<GeneratedScript> scripts(String name, Locale locale) {
        return generator().generate(plan(name), locale);
    }

    /** The script languages as locales, English first. */
    static List<Locale> locales() {
        return List.of(Locale.ENGLISH, Locale.KOREAN);
    }
}
