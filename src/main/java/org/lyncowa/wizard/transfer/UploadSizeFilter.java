package org.lyncowa.wizard.transfer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a plan upload that is larger than the multipart limit before anything reads the body.
 * Otherwise the first reader of a form parameter (the CSRF check) makes the container parse the
 * body, and Tomcat answers an oversize body with its own bare 413 page. Runs before security;
 * sends the browser to the import page, which says the file is too large.
 */
@Component
@Order(UploadSizeFilter.ORDER)
class UploadSizeFilter extends OncePerRequestFilter {

    /** Before Spring Security (-100) and after Spring Session's repository filter. */
    static final int ORDER = -1000;

    private final long maxRequestBytes;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:300KB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && PlanTransferController.IMPORT.equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PlanTransferController.IMPORT + "?"
                    + PlanTransferController.TOO_LARGE_PARAM + "=true");
            return;
        }
        chain.doFilter(request, response);
    }
}
