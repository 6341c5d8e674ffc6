package org.lyncowa.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.trainer.Presets;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one plan fixture of the tests: the app's example plans ({@code src/main/resources/presets}),
 * loaded by the app's own loader ({@link Presets}, the reader an import uses), and the test plans of
 * {@code src/test/resources/plans} (files that are not presets, e.g. certificates per server). Every
 * test that needs an example plan, as a {@link Plan}, as the file's bytes or as a JSON tree, takes it
 * from here; each file is read once per test JVM.
 */
public final class TestPresets {

    public static final String LITWARE = "litwareinc";
    public static final String EXCHANGE_2010 = "exchange2010-limited";
    public static final String COLOCATED = "colocated-um";
    public static final String DISABLE = "disable-im";
    /** Plan format version 2 test plan (src/test/resources/plans), not a preset: certificates per server (P-9.2). */
    public static final String PER_SERVER = "litware-certificates-per-server";

    /** The app's own example plans, loaded once as the app loads them. */
    private static final Presets APP = new Presets();
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper AS_WRITTEN = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private TestPresets() {
    }

    /** The ids of the app's example plans ({@code litwareinc}, ...), sorted by name. */
    public static List<String> names() {
        return APP.all().stream().map(Presets.Preset::id).sorted().toList();
    }

    /**
     * The preset as the app loads it (read and normalised by the rules), or else a test plan of
     * src/test/resources/plans (read by the same reader; it must be valid).
     */
    public static Plan plan(String name) {
        return APP.find(name).map(Presets.Preset::plan).orElseGet(() -> testPlan(name));
    }

    /**
     * The plan exactly as written in the file, not normalised by the rules (a thumbprint with spaces
     * stays so, answers that do not apply stay): what a person types into the pages, whose own
     * normalising is then under test. Read by Jackson into the plan records, the file's
     * {@code format} and {@code version} ignored.
     */
    public static Plan typed(String name) {
        return AS_WRITTEN.readValue(bytes(name), Plan.class);
    }

    /** The file exactly as shipped: a preset, or else a test plan of src/test/resources/plans. */
    public static byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, TestPresets::read).clone();
    }

    /** The preset's file in the source tree (for an upload through a browser's file field). */
    public static java.nio.file.Path file(String name) {
        return java.nio.file.Path.of("src", "main", "resources", "presets", name + Plan.FILE_SUFFIX).toAbsolutePath();
    }

    /** The file as text (UTF-8). */
    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file as a JSON tree (a fresh copy each time: callers may change it). */
    public static JsonNode tree(String name) {
        return JSON.readTree(bytes(name));
    }

    private static Plan testPlan(String name) {
        try {
            PlanCheck check = PlanJson.read(bytes(name));
            if (!check.valid()) {
                throw new IllegalStateException(name + " is not a valid plan: " + check.errors());
            }
            return check.plan();
        } catch (PlanJson.NotJsonException e) {
            throw new IllegalStateException(name + " is not JSON", e);
        }
    }

    private static byte[] read(String name) {
        InputStream preset = TestPresets.class.getResourceAsStream("/presets/" + name + Plan.FILE_SUFFIX);
        try (InputStream in = preset != null ? preset
                : TestPresets.class.getResourceAsStream("/plans/" + name + Plan.FILE_SUFFIX)) {
            if (in == null) {
                throw new IllegalArgumentException("no preset or test plan named " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
