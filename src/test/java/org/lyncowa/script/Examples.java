package org.lyncowa.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;

/** The example plans shipped as presets, and a generator whose output is stable for golden files. */
final class Examples {

    static final Path PRESETS = Path.of("src/main/resources/presets");
    static final String SUFFIX = ".lyncowa.json";
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final String GENERATOR = "lync-owa-wizard test";

    private Examples() {
    }

    static ScriptGenerator generator() {
        return new ScriptGenerator(FIXED_CLOCK, GENERATOR);
    }

    /** Base names of the example plans ({@code litwareinc}, ...), sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(PRESETS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Plan plan(String name) {
        try {
            String json = Files.readString(PRESETS.resolve(name + SUFFIX), StandardCharsets.UTF_8);
            PlanCheck check = PlanJson.read(json);
            if (!check.valid()) {
                throw new IllegalStateException(name + " is not a valid plan: " + check.errors());
            }
            return check.plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PlanJson.NotJsonException e) {
            throw new IllegalStateException(name + " is not JSON", e);
        }
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
