package org.lyncowa.wizard.transfer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a plan upload that is larger than the upload limit ({@link PlanSizeLimit#uploadBytes()}, the
 * plan limit and its multipart envelope) before anything reads the body.
 * Otherwise the first reader of a form parameter (the CSRF check) makes the container parse the
 * body, and Tomcat answers an oversize body with its own bare 413 page. Runs before security;
 * sends the browser to the import page, which says the file is too large.
 */
@Component
@Order(UploadSizeFilter.ORDER)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Before Spring Security (-100) and after Spring Session's repository filter. */
    static final int ORDER = -1000;

    /** Each plan upload address and the page its refusal goes back to (which reads the flag). */
    private static final java.util.Map<String, String> BACK_TO = java.util.Map.of(
            PlanTransferController.IMPORT, PlanTransferController.IMPORT,
            org.lyncowa.wizard.renewal.RenewalPaths.UPLOAD, org.lyncowa.wizard.renewal.RenewalPaths.PAGE);

    private final long maxRequestBytes;

    UploadSizeFilter(@Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.maxRequestBytes = new PlanSizeLimit(limit).uploadBytes();
    }

    /** The container's multipart limits, from the same property: an upload never meets a bare container error first. */
    @Bean
    static MultipartConfigElement multipartConfigElement(@Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        return new PlanSizeLimit(limit).multipart();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && BACK_TO.containsKey(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            backToImport(request, response, PlanTransferController.TOO_LARGE_PARAM);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // Parse the upload here, where a malformed one (a NUL in the file name, an endless part
            // header, a body over the limit sent without a length) can still get the import page's
            // explanation; left to the CSRF check, the container's exception would end as a 500.
            try {
                request.getParts();
            } catch (ServletException | IOException | RuntimeException e) {
                boolean tooLarge = e.getClass().getName().contains("SizeLimit")
                        || (e.getCause() != null && e.getCause().getClass().getName().contains("SizeLimit"));
                backToImport(request, response, tooLarge && e.getMessage() != null && !e.getMessage().contains("Header")
                        ? PlanTransferController.TOO_LARGE_PARAM : PlanTransferController.UNREADABLE_PARAM);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void backToImport(HttpServletRequest request, HttpServletResponse response, String flag) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Location", request.getContextPath() + BACK_TO.get(path) + "?" + flag + "=true");
    }
}
