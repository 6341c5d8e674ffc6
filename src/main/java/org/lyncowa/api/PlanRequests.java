package org.lyncowa.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads a request body as a plan and checks it, once: the valid plan, or an exception that
 * {@link Problems} answers with its problem document (415, 413, 400 or 422). The body is read with
 * the one plan size limit ({@link PlanSizeLimit}), so that no body, however large or malformed, reaches a
 * framework error.
 */
final class PlanRequests {

    private PlanRequests() {
    }

    static ValidPlan read(HttpServletRequest request, PlanSizeLimit limit)
            throws IOException, PlanSizeLimit.TooLargeException, PlanJson.NotJsonException, PlanRefusedException {
        if (!isJson(request.getContentType())) {
            throw new PlanRefusedException.NotJsonMediaType();
        }
        PlanCheck check = PlanJson.read(limit.read(request));
        if (!check.valid()) {
            throw new PlanRefusedException.InvalidPlan(check);
        }
        return check.validPlan();
    }

    /**
     * The body is a plan only as JSON ({@code application/json} or a {@code +json} type), or with no
     * Content-Type at all (RFC 9110 8.3 lets the recipient look at the data). Anything else, a form
     * above all, is answered 415 before anything reads it as what it says it is: reading a form body
     * as parameters (the language switch does) would leave nothing for the plan.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    || ("application".equals(type.getType()) && "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
