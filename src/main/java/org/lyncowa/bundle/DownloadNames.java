package org.lyncowa.bundle;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lyncowa.plan.Plan;
import org.lyncowa.script.GeneratedScript;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one place for download names: every download (the ZIP, a single script, the plan file) gets
 * its {@code Content-Disposition} from Spring's {@link ContentDisposition} builder here. Names that
 * come from the plan are {@code <slug><suffix>}: the title is free text (any language, quotes,
 * slashes, bidi marks), so only an ASCII slug of it reaches the header, and the ZIP and the plan file
 * share that base name ({@code litware-inc-atlanta.zip}, {@code litware-inc-atlanta.lyncowa.json}).
 */
public final class DownloadNames {

    public static final String FALLBACK = "lync-owa";
    public static final int SLUG_MAX = 60;

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    /** What callers may append: an extension or a dash-separated tail, lower-case ASCII only. */
    private static final Pattern SUFFIX = Pattern.compile("[.-]?[a-z0-9]+(?:[.-][a-z0-9]+)*");
    /** A file name of our own making (a script's {@code NN-<purpose>.ps1}): the same safe alphabet. */
    private static final Pattern OWN_NAME = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private DownloadNames() {
    }

    /** {@code <slug><suffix>}, e.g. {@code litware-inc-atlanta.zip}; the suffix must match {@code [.-]?[a-z0-9]+([.-][a-z0-9]+)*}. */
    public static String fileName(Plan plan, String suffix) {
        return slug(plan == null ? null : plan.title()) + checkedSuffix(suffix);
    }

    /** {@code attachment; filename="<slug><suffix>"}, for a download named after the plan. */
    public static ContentDisposition attachment(Plan plan, String suffix) {
        return ContentDisposition.attachment().filename(fileName(plan, suffix)).build();
    }

    /**
     * {@code attachment; filename="<name>"} for a name the app made itself (a script's file name);
     * anything outside the slug alphabet is refused rather than passed on.
     */
    public static ContentDisposition attachment(String fileName) {
        if (fileName == null || !OWN_NAME.matcher(fileName).matches() || fileName.length() > 100) {
            throw new IllegalArgumentException("unsafe download file name: " + fileName);
        }
        return ContentDisposition.attachment().filename(fileName).build();
    }

    /** A ZIP download named after the plan ({@code <slug><suffix>}). */
    public static ResponseEntity<byte[]> zip(Plan plan, String suffix, byte[] zip) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(plan, suffix).toString())
                .body(zip);
    }

    /** One script as a download under its own file name. */
    public static ResponseEntity<byte[]> script(GeneratedScript script) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(script.fileName()).toString())
                .body(script.bytes());
    }

    /** ASCII slug of the title: accents dropped, everything else not [a-z0-9] becomes one dash, at most 60 characters. */
    public static String slug(String title) {
        if (title == null) {
            return FALLBACK;
        }
        // Only look at a bounded prefix: a slug never needs more, and a 10 MB title stays cheap.
        String head = title.length() > SLUG_MAX * 8 ? title.substring(0, SLUG_MAX * 8) : title;
        String ascii = COMBINING.matcher(Normalizer.normalize(head, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > SLUG_MAX) {
            slug = trimDashes(slug.substring(0, SLUG_MAX));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    private static String checkedSuffix(String suffix) {
        if (suffix == null || suffix.isEmpty()) {
            return "";
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("unsafe file name suffix: " + suffix);
        }
        return suffix;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
