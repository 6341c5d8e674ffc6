package org.lyncowa.wizard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Keeps the {@link WizardState} in the HTTP session. A session (a row in the session store and a
 * cookie) exists only for a person who has answered something, started, loaded an example or
 * imported a plan: reading pages never creates one (README: "Security and data").
 */
@Component
public class WizardSession {

    public static final String ATTRIBUTE = WizardState.class.getName();

    public Optional<WizardState> find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((WizardState) session.getAttribute(ATTRIBUTE));
    }

    /**
     * The state of this session, or an empty one that is not stored anywhere until {@link #save}:
     * a visitor who only reads the step pages gets no session.
     */
    public WizardState require(HttpServletRequest request) {
        return find(request).orElseGet(WizardState::new);
    }

    /** Starts a new journey with no answers, under a new session id. */
    public WizardState start(HttpServletRequest request) {
        WizardState state = new WizardState();
        save(request, state);
        renewId(request);
        return state;
    }

    /** Writes the state back, so session stores that persist only on setAttribute see the change. */
    public void save(HttpServletRequest request, WizardState state) {
        request.getSession(true).setAttribute(ATTRIBUTE, state);
    }

    /**
     * Gives the session a new id. Called whenever a journey starts (Start, Start over, an example,
     * an import): a session id planted in the person's browser beforehand then leads nowhere, so its
     * planter cannot read the answers that follow.
     */
    public void renewId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /** The request carried a session id the server no longer knows: the session timed out. */
    public static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
