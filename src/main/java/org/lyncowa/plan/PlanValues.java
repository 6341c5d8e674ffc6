package org.lyncowa.plan;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * How the plan's values are read, compared and quoted back, for the normalising step and the
 * constraints: text trimmed, control and invisible characters (issue 12), thumbprints (P-3.4), the
 * JSON path of a keyed entry, a value cut short for a message, the list bounds, the ports Lync uses.
 */
public final class PlanValues {

    /** The list bounds by path ({@code trustedPool.poolComputers}), from the records' {@code @Size} constraints. */
    private static final Map<String, Integer> BOUNDS = Map.copyOf(bounds(Plan.class, "", new HashMap<>()));

    /** Ports Lync Server 2013 servers already use (P-2.7); the media range is checked separately. */
    private static final Set<Integer> LYNC_PORTS = lyncPorts();

    private PlanValues() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Normalises a certificate thumbprint as P-3.4 says: whitespace and invisible characters
     * (a copied thumbprint often starts with U+200E) are dropped, letters upper-cased.
     */
    public static String normaliseThumbprint(String thumbprint) {
        if (thumbprint == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(40);
        thumbprint.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type == Character.CONTROL;
            if (!invisible) {
                out.appendCodePoint(cp);
            }
        });
        return out.isEmpty() ? null : out.toString().toUpperCase(Locale.ROOT);
    }

    /** Control characters (Unicode Cc) and line/paragraph separators, which could end a line in a script. */
    public static boolean hasControl(String value) {
        return value.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    /**
     * The first character of the value that shows nothing or changes how the text around it is
     * shown, or -1. Such a character would go into a script as it is, where an editor shows the line
     * reordered or two different names alike (issue 12, "Trojan Source"): every format character
     * (Unicode Cf: the bidirectional embeddings, overrides and isolates U+202A–U+202E and
     * U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width spaces and joiners, U+FEFF, the
     * soft hyphen, tag characters), a lone surrogate (half of a pair, from a JSON escape), and the
     * default-ignorable letters that render as nothing (the Hangul fillers, U+034F, U+17B4/U+17B5,
     * the Mongolian selectors, U+FFF0–U+FFF8). Variation selectors stay allowed: they only pick how
     * the visible character before them looks.
     */
    public static int firstInvisible(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE || cp == 0x034F || cp == 0x115F
                    || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164
                    || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static String shown(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= PlanRules.SHOWN_MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, PlanRules.SHOWN_MAX)) + "\u2026";
    }

    public static String certificatePath(String key) {
        return entryPath("instantMessaging.certificates", key);
    }

    static String entryPath(String objectPath, String key) {
        StringBuilder out = new StringBuilder(objectPath).append("[\"");
        String name = key == null ? "" : key;
        name.codePoints().limit(PlanRules.HOSTNAME_MAX).forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append("\"]").toString();
    }

    public static int maxEntries(String path) {
        return BOUNDS.getOrDefault(path, Integer.MAX_VALUE);
    }

    private static Map<String, Integer> bounds(Class<?> type, String prefix, Map<String, Integer> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Size size = c.getAccessor().getAnnotation(Size.class);
            if (size != null) {
                out.put(prefix + c.getName(), size.max());
            }
            if (c.getType().isRecord()) {
                bounds(c.getType(), prefix + c.getName() + ".", out);
            }
        }
        return out;
    }

    /** True for a port that Lync Server 2013 servers already use, including the media range (P-2.7). */
    public static boolean isLyncPort(int port) {
        return LYNC_PORTS.contains(port) || (port >= 49152 && port <= 65535);
    }

    private static Set<Integer> lyncPorts() {
        Set<Integer> ports = new HashSet<>(List.of(80, 135, 443, 444, 445, 448, 881, 4443, 5041, 5075, 5076, 5086, 5087,
                8057, 8058, 8060, 8061, 8080, 8404));
        for (int p = 5060; p <= 5068; p++) {
            ports.add(p);
        }
        for (int p = 5070; p <= 5073; p++) {
            ports.add(p);
        }
        for (int p = 5080; p <= 5082; p++) {
            ports.add(p);
        }
        return Set.copyOf(ports);
    }
}
