package org.lyncowa.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanCheck;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plans/validate}: the same rules as the pages. The body is read by hand, with
 * a hard 256 KiB limit, so that no body, however large or malformed, reaches a framework error.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private final Problems problems;

    PlanApiController(Problems problems) {
        this.problems = problems;
    }

    @PostMapping("/validate")
    ResponseEntity<?> validate(HttpServletRequest request, Locale locale) throws IOException {
        Problems.PlanRequest plan = problems.read(request, locale);
        if (plan.problem() != null) {
            return plan.problem();
        }
        PlanCheck check = plan.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("warnings", problems.issues(check.warnings(), locale));
        // JSON whatever the Accept header asks: it is the answer's only form, as for every other answer
        // of the API (RFC 9110 12.5.1 lets a server disregard Accept rather than answer an empty 406).
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
