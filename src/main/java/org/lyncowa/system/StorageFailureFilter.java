package org.lyncowa.system;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside the session filter: when the session store cannot be read or written (a full disk, a
 * read-only data folder, a database gone), or refuses a new session (the live-session limit),
 * the person gets a page that says so, with 503, instead of the container's bare 500. The session
 * is written before the response is committed, so a failed write can never have sent a redirect
 * that says "saved".
 */
@Component
@Order(StorageFailureFilter.ORDER)
class StorageFailureFilter extends OncePerRequestFilter {

    /** Before Spring Session's repository filter (Integer.MIN_VALUE + 50). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    static final String REASON = StorageFailureFilter.class.getName() + ".reason";
    static final String PATH = "/unavailable";

    private static final Log LOG = LogFactory.getLog(StorageFailureFilter.class);

    private final ObjectProvider<StoreConnections> connections;

    /** A provider: test slices that load filters without the store still start. */
    StorageFailureFilter(ObjectProvider<StoreConnections> connections) {
        this.connections = connections;
    }

    enum Reason { STORAGE, SESSION_LIMIT }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Reason reason = reason(e);
            if (reason == null || response.isCommitted()) {
                throw e;
            }
            if (reason == Reason.STORAGE) {
                LOG.warn("The session store failed on " + request.getMethod() + " " + request.getRequestURI() + ": "
                        + rootMessage(e));
                connections.ifAvailable(StoreConnections::dropAll);
            }
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "60");
            request.setAttribute(REASON, reason);
            request.getRequestDispatcher(PATH).forward(request, response);
        }
    }

    static Reason reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SessionLimitReachedException) {
                return Reason.SESSION_LIMIT;
            }
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return Reason.STORAGE;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
