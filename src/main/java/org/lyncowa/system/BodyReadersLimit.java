package org.lyncowa.system;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;

/**
 * Slow clients cannot take every request thread. Tomcat reads a request body in the request's
 * thread, so a client that sends a form one byte every few seconds holds a thread for as long as
 * it likes (each byte resets the read timeout). At most {@code lyncowa.limits.concurrent-bodies}
 * requests whose body has not all arrived yet are served at once (default 100, half of Tomcat's
 * 200 threads; a form that arrives with its headers does not count): one more is
 * answered at once with 503 and {@code Retry-After}, and its connection is closed without reading
 * the rest of its body, so pages, downloads and {@code /actuator/health} always keep threads. A
 * proxy that buffers request bodies (README) removes the problem at its source.
 */
@Configuration(proxyBeanMethods = false)
class BodyReadersLimit {

    @Bean
    static TomcatContextCustomizer bodyReadersValve(@Value("${lyncowa.limits.concurrent-bodies:100}") int limit,
            ObjectProvider<MessageSource> messages) {
        return context -> context.getPipeline().addValve(new LimitValve(limit, messages));
    }

    /** A valve rather than a filter: only Tomcat's own request can say "do not read the rest of the body". */
    static final class LimitValve extends ValveBase {

        private final Semaphore permits;
        private final ObjectProvider<MessageSource> messages;

        LimitValve(int limit, ObjectProvider<MessageSource> messages) {
            super(true);
            this.permits = new Semaphore(limit);
            this.messages = messages;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!mayWaitForBody(request)) {
                getNext().invoke(request, response);
                return;
            }
            if (!permits.tryAcquire()) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                response.setHeader("Connection", "close");
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                // A body of our own: an error page would be another dispatch, and that one reads the body.
                Locale locale = request.getLocale() != null && "ko".equals(request.getLocale().getLanguage())
                        ? Locale.KOREAN : Locale.ENGLISH;
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(messages.getObject().getMessage("unavailable.busy.text", null, locale));
                response.finishResponse();
                return;
            }
            try {
                getNext().invoke(request, response);
            } finally {
                permits.release();
            }
        }

        /**
         * Whether reading this request's body may wait on the client: it has one and it has not
         * all arrived yet (a small form sent at once is already here and never needs a permit).
         */
        private static boolean mayWaitForBody(Request request) {
            long length = request.getContentLengthLong();
            boolean chunked = request.getHeader("Transfer-Encoding") != null;
            if (length <= 0 && !chunked) {
                return false;
            }
            if (chunked) {
                return true;
            }
            // A non-blocking look at what has arrived (Tomcat's "available", reading from the socket if it can).
            request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
            return request.getCoyoteRequest().getAvailable() < length;
        }
    }
}
