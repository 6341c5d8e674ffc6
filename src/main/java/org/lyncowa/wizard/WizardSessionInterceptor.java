package org.lyncowa.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a request that has lost its answers to the recovery page instead of an error: a timed-out
 * session, or a form posted to a step with no answers behind it. A first visit (GET) starts a
 * fresh journey.
 */
public class WizardSessionInterceptor implements HandlerInterceptor {

    private final WizardSession session;

    public WizardSessionInterceptor(WizardSession session) {
        this.session = session;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (session.find(request).isPresent()) {
            return true;
        }
        if (WizardSession.expired(request) || !"GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + Navigator.RECOVERY);
            return false;
        }
        session.start(request);
        return true;
    }
}
