package org.lyncowa.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which {@code -Part} values a generated script accepts (verify and rollback run once per
 * part, each on its own kind of server), so the runbook shows the exact command lines the script
 * takes instead of a second copy of the generator's knowledge.
 */
final class ScriptParts {

    /** {@code [ValidateSet('Exchange', 'MailboxServer', 'Lync')]} right before {@code [string]$Part}. */
    private static final Pattern PART_SET = Pattern.compile(
            "\\[ValidateSet\\(([^)\\r\\n]*)\\)\\]\\s*\\[string\\]\\s*\\$Part\\b", Pattern.CASE_INSENSITIVE);
    private static final String SET_START = "[ValidateSet(";
    private static final Pattern NAME = Pattern.compile("'([A-Za-z]+)'");

    private ScriptParts() {
    }

    /** The accepted parts in declaration order; empty when the script has no {@code -Part} parameter. */
    static List<String> of(String scriptText) {
        Matcher set = PART_SET.matcher(scriptText);
        List<String> parts = new ArrayList<>();
        if (find(set, scriptText)) {
            Matcher name = NAME.matcher(set.group(1));
            while (name.find()) {
                parts.add(name.group(1));
            }
        }
        return parts;
    }

    /**
     * {@code set.find()}, but the pattern is tried only where its fixed start is: a case-insensitive
     * pattern tried at every position of a 20 KB script was a tenth of a bundle's time.
     */
    private static boolean find(Matcher set, String text) {
        for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
            if (text.regionMatches(true, at, SET_START, 0, SET_START.length())
                    && set.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
