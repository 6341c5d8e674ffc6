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
    private static final Pattern NAME = Pattern.compile("'([A-Za-z]+)'");

    private ScriptParts() {
    }

    /** The accepted parts in declaration order; empty when the script has no {@code -Part} parameter. */
    static List<String> of(String scriptText) {
        Matcher set = PART_SET.matcher(scriptText);
        List<String> parts = new ArrayList<>();
        if (set.find()) {
            Matcher name = NAME.matcher(set.group(1));
            while (name.find()) {
                parts.add(name.group(1));
            }
        }
        return parts;
    }
}
