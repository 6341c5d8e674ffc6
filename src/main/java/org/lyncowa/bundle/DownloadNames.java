package org.lyncowa.bundle;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lyncowa.plan.Plan;

/**
 * Download file names derived from the plan title. The title is free text (any language, quotes,
 * slashes, bidi marks), so the plain {@code filename=} is an ASCII slug that can never carry a
 * quote, a line break, a path separator or {@code ..}; the original title travels only in the
 * percent-encoded {@code filename*} of RFC 6266 / RFC 8187 (formerly 5987).
 */
public final class DownloadNames {

    public static final String FALLBACK = "lync-owa";
    public static final int SLUG_MAX = 60;
    private static final int DISPLAY_MAX = 80;

    /** What callers may append: an extension or a dash-separated tail, lower-case ASCII only. */
    private static final Pattern SUFFIX = Pattern.compile("[.-]?[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Characters Windows and the browsers' own sanitisers refuse in file names. */
    private static final Pattern RESERVED = Pattern.compile("[\\\\/:*?\"<>|%;]+");

    private DownloadNames() {
    }

    /** {@code <slug><suffix>}, e.g. {@code litware-inc-atlanta.zip}; the suffix must match {@code [.-]?[a-z0-9]+([.-][a-z0-9]+)*}. */
    public static String fileName(Plan plan, String suffix) {
        return slug(plan == null ? null : plan.title()) + checkedSuffix(suffix);
    }

    /**
     * A complete {@code Content-Disposition} value: {@code attachment; filename=<slug><suffix>} and,
     * when the title has more than the slug shows, {@code filename*=UTF-8''<title><suffix>}
     * percent-encoded (invisible, control and path characters removed first).
     */
    public static String contentDisposition(Plan plan, String suffix) {
        String plain = fileName(plan, suffix);
        StringBuilder header = new StringBuilder("attachment; filename=").append(plain);
        String display = displayName(plan == null ? null : plan.title());
        if (display != null) {
            String full = display + checkedSuffix(suffix);
            if (!full.equals(plain)) {
                header.append("; filename*=UTF-8''").append(percentEncode(full));
            }
        }
        return header.toString();
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

    /** The title as a readable file name, or null when nothing readable is left. */
    static String displayName(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < title.length() && count < DISPLAY_MAX; ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                continue; // bidi overrides and the like could disguise the extension
            }
            out.appendCodePoint(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp);
            count++;
        }
        String name = RESERVED.matcher(out).replaceAll("-").replaceAll(" {2,}", " ").strip();
        // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
        name = name.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", "");
        return name.isEmpty() ? null : name;
    }

    /** RFC 8187 value-chars: attr-char stays, every other UTF-8 byte becomes %XX. */
    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
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
