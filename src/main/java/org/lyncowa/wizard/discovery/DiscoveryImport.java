package org.lyncowa.wizard.discovery;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.discovery.DiscoveryDraft;
import org.lyncowa.discovery.DiscoveryJson;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports a discovery file through the start page's upload (issue 18): the journey starts again from the
 * draft plan of its findings, no step done, and the findings are kept for the steps to show.
 */
@Component
public class DiscoveryImport {

    /** What an import gave: where to go next, or the problems to show on the import page. */
    public record Outcome(String redirect, List<String> problems) {
    }

    private final WizardSession session;
    private final Navigator navigator;
    private final IssueMessages issueMessages;
    private final MessageSource messages;
    private final Clock clock;

    DiscoveryImport(WizardSession session, Navigator navigator, IssueMessages issueMessages,
            MessageSource messages) {
        this.session = session;
        this.navigator = navigator;
        this.issueMessages = issueMessages;
        this.messages = messages;
        this.clock = Clock.systemUTC();
    }

    /** Whether the upload path should hand these bytes here: a discovery file by its {@code format}. */
    public static boolean isDiscovery(byte[] bytes) {
        return DiscoveryJson.isDiscovery(bytes);
    }

    public Outcome importFile(byte[] bytes, HttpServletRequest request, Locale locale) {
        DiscoveryJson.Result result;
        try {
            result = DiscoveryJson.read(bytes);
        } catch (PlanJson.NotUtf8Exception e) {
            return refused(text("import.error.notUtf8", locale));
        } catch (PlanJson.NotJsonException e) {
            return refused(text("import.error.notJson", locale));
        }
        if (!result.valid()) {
            return new Outcome(null, issueMessages.located(result.reportedErrors(), result.omittedErrors(),
                    "discovery.import.error.issue", locale));
        }
        DiscoveryDraft.Draft draft = DiscoveryDraft.of(result.discovery(), clock.instant());
        WizardState state = session.find(request).orElseGet(WizardState::new);
        state.startDraft(draft.plan());
        session.save(request, state);
        DiscoverySession.save(request, draft.findings());
        // New answers from outside: a new session id, as for a plan import.
        session.renewId(request);
        return new Outcome(navigator.firstStep(), List.of());
    }

    private static Outcome refused(String problem) {
        return new Outcome(null, List.of(problem));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
