package org.lyncowa.wizard.transfer;

import java.text.Normalizer;
import java.util.Locale;

import org.lyncowa.plan.Plan;

/** A safe download file name from the plan title: an ASCII slug plus the plan suffix. */
final class PlanFileName {

    static final String FALLBACK = "lync-owa-plan" + Plan.FILE_SUFFIX;
    private static final int MAX_SLUG = 60;

    private PlanFileName() {
    }

    static String of(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK : slug + Plan.FILE_SUFFIX;
    }
}
