package org.lyncowa.support;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.wizard.Step;

/**
 * The one plan-to-form mapper of the tests: what a person types into each step page for a plan, as
 * field name to text. Used by {@link WizardClient} (HTTP, as a browser without JavaScript posts),
 * by the MockMvc tests ({@code FormPost.answers}) and by the browser tests, which type the same
 * fields into the page ({@code BrowserTestBase.fillStep}).
 *
 * <p>It follows the pages' convention rather than listing fields: each step edits one plan section
 * ({@link Step#section()}), and each component of that section's record is the page's field of the
 * same name (a list is one entry per line, a boolean or an enum is the radio's value, nothing is
 * empty text). So a new question that keeps the convention needs no line here. What the pages do
 * differently is written out below: the title is asked on the first page; fields the chosen radio
 * hides are left out (the pool's names when UM is co-located, everything but the choice when IM is
 * switched off, the setting override name before Exchange 2016); and the certificates are one of
 * three page choices (IIS, one shared thumbprint, or a certificate per server with one
 * "server thumbprint" line for each server of the list, as the page shows them).
 */
public final class PlanForms {

    private PlanForms() {
    }

    /** The form fields of one step page for a plan. */
    public static Map<String, String> fields(String stepPath, Plan plan) {
        Step step = Arrays.stream(Step.values()).filter(s -> s.path().equals(stepPath)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a step: " + stepPath));
        Map<String, String> f = new LinkedHashMap<>();
        if (step == Step.COMPATIBILITY) {
            f.put("title", text(plan.title()));
        }
        Record section = step.section() == null ? null : section(plan, step.section());
        if (section == null) {
            return f; // verification: no question, Continue only
        }
        for (RecordComponent component : section.getClass().getRecordComponents()) {
            f.put(component.getName(), text(value(component, section)));
        }
        if (section instanceof TrustedPool pool && Boolean.TRUE.equals(pool.umServicesColocated())) {
            f.keySet().retainAll(List.of("umServicesColocated"));
        }
        if (section instanceof InstantMessaging im) {
            if (!im.enables()) {
                f.keySet().retainAll(List.of("mode"));
            } else {
                certificates(plan, im, f);
                if (!plan.isExchange2016OrLater()) {
                    f.remove("settingOverrideName");
                }
            }
        }
        return f;
    }

    private static Record section(Plan plan, String name) {
        try {
            return (Record) Plan.class.getMethod(name).invoke(plan);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the plan has no section " + name, e);
        }
    }

    private static Object value(RecordComponent component, Record section) {
        try {
            return component.getAccessor().invoke(section);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As a person types it: one entry per line, a map's entries as "key value" lines, nothing as "". */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join("\n", map.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        }
        if (value instanceof Enum<?> choice) {
            return choice.name();
        }
        return String.valueOf(value);
    }

    /** The page's certificate choice instead of the plan's source, thumbprint and per-server map. */
    private static void certificates(Plan plan, InstantMessaging im, Map<String, String> f) {
        if (im.certificateSource() == CertificateSource.IIS) {
            f.put("certificateSource", "IIS");
            f.put("certificateThumbprint", "");
            f.put("certificates", "");
        } else if (im.certificates().isEmpty()) {
            f.put("certificateSource", "SHARED");
            f.put("certificates", "");
        } else {
            List<String> servers = new ArrayList<>(plan.isExchange2010() ? im.clientAccessServers() : im.mailboxServers());
            im.certificates().keySet().stream().filter(s -> !servers.contains(s)).forEach(servers::add);
            List<String> out = new ArrayList<>();
            for (String server : servers) {
                String thumbprint = im.thumbprintFor(server);
                out.add(thumbprint == null ? server : server + " " + thumbprint);
            }
            f.put("certificateSource", "PER_SERVER");
            f.put("certificateThumbprint", "");
            f.put("certificates", String.join("\n", out));
        }
    }
}
