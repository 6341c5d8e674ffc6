package org.lyncowa.system;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slow clients cannot take every request thread. Tomcat reads a request body in the request's
 * thread, so a client that sends a form one byte every few seconds holds a thread for as long as
 * it likes (each byte resets the read timeout). At most {@code lyncowa.limits.concurrent-bodies}
 * requests with a body are served at once (default 100, half of Tomcat's 200 threads): one more is
 * answered at once with 503 and {@code Retry-After}, and its connection is closed without reading
 * the rest of its body, so pages, downloads and {@code /actuator/health} always keep threads. A
 * proxy that buffers request bodies (README) removes the problem at its source.
 */
@Configuration(proxyBeanMethods = false)
class BodyReadersLimit {

    @Bean
    static TomcatContextCustomizer bodyReadersValve(@Value("${lyncowa.limits.concurrent-bodies:100}") int limit) {
        return context -> context.getPipeline().addValve(new LimitValve(limit));
    }

    /** A valve rather than a filter: only Tomcat's own request can say "do not read the rest of the body". */
    static final class LimitValve extends ValveBase {

        private final Semaphore permits;

        LimitValve(int limit) {
            super(true);
            this.permits = new Semaphore(limit);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
            if (!hasBody) {
                getNext().invoke(request, response);
                return;
            }
            if (!permits.tryAcquire()) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                response.setHeader("Connection", "close");
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                return;
            }
            try {
                getNext().invoke(request, response);
            } finally {
                permits.release();
            }
        }
    }
}
