package org.lyncowa.wizard.trainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example plans shipped in {@code presets/*.lyncowa.json}, read once through the same reader
 * as an imported file. The article's own Litware values come first; the rest by name. A preset
 * that the rules refuse is a build mistake, so it fails start-up rather than a trainer's demo.
 */
@Component
public class Presets {

    static final String FIRST = "litwareinc";
    private static final String LOCATION = "classpath*:presets/*" + Plan.FILE_SUFFIX;

    /** One example plan: its id (the file name without suffix) names its messages {@code preset.<id>.*}. */
    public record Preset(String id, Plan plan) {
        public String nameKey() {
            return "preset." + id + ".name";
        }

        public String descriptionKey() {
            return "preset." + id + ".description";
        }
    }

    private final List<Preset> all;

    public Presets() {
        this.all = load();
    }

    public List<Preset> all() {
        return all;
    }

    public Optional<Preset> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static List<Preset> load() {
        List<Preset> presets = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename();
                String id = name.substring(0, name.length() - Plan.FILE_SUFFIX.length());
                try (InputStream in = resource.getInputStream()) {
                    PlanCheck check = PlanJson.read(in.readAllBytes());
                    if (!check.valid()) {
                        throw new IllegalStateException("example plan " + name + " is not valid: " + check.errors());
                    }
                    presets.add(new Preset(id, check.plan()));
                } catch (PlanJson.NotJsonException e) {
                    throw new IllegalStateException("example plan " + name + " is not JSON", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        presets.sort(Comparator.comparing((Preset p) -> !p.id().equals(FIRST)).thenComparing(Preset::id));
        return List.copyOf(presets);
    }
}
