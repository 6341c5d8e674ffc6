package org.lyncowa.wizard.trainer;

import java.util.regex.Pattern;

import org.lyncowa.wizard.Navigator;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where a one-click form sends the browser back to ({@code returnTo}): a path on this site, as
 * the pages write it, or else the start page. The value comes from the browser, so it is only
 * taken when it is short and made of the characters a URL of this site has (ASCII letters,
 * digits, {@code -._~}, slash-separated, and a query of URL characters and %XX escapes): never
 * another host (no {@code //} or backslash), never a header break, never non-ASCII, never a
 * {@code {name}} that Spring would expand as a URI template variable (issue 12: {@code /{foo}} gave a 500).
 */
final class LocalPath {

    /** Longer than any page address the wizard makes; a longer value is not one of ours. */
    static final int MAX_LENGTH = 512;

    private static final Pattern PATH = Pattern.compile(
            "/(?:[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*/?)?"
            + "(?:\\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?");

    private LocalPath() {
    }

    /** The value if it is a path of this site, else the start page. */
    static String orStart(String returnTo) {
        return returnTo != null && returnTo.length() <= MAX_LENGTH && PATH.matcher(returnTo).matches()
                ? returnTo : Navigator.START;
    }

    /** A redirect to {@link #orStart(String)}, relative to the application, with nothing expanded or added. */
    static RedirectView redirect(String returnTo) {
        RedirectView view = new RedirectView(orStart(returnTo), true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }
}
