package org.lyncowa.wizard;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/** Keeps the {@link WizardState} in the HTTP session. */
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

    /** The state of this session; {@link WizardSessionInterceptor} guarantees one exists on wizard pages. */
    public WizardState require(HttpServletRequest request) {
        return find(request).orElseGet(() -> start(request));
    }

    /** Starts a new journey with no answers. */
    public WizardState start(HttpServletRequest request) {
        WizardState state = new WizardState();
        save(request, state);
        return state;
    }

    /** Writes the state back, so session stores that persist only on setAttribute see the change. */
    public void save(HttpServletRequest request, WizardState state) {
        request.getSession(true).setAttribute(ATTRIBUTE, state);
    }

    /** The request carried a session id the server no longer knows: the session timed out. */
    public static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }
}
