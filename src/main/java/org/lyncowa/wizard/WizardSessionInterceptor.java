package org.lyncowa.wizard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a request that has lost its answers to the recovery page instead of an error: a timed-out
 * session. A first visit reads the pages with empty answers and without a session; the first
 * answer saved creates one ({@link WizardSession#save}).
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
        if (WizardSession.expired(request)) {
            response.sendRedirect(request.getContextPath() + Navigator.RECOVERY);
            return false;
        }
        return true;
    }
}
