package org.lyncowa.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plans/validate}: the same rules as the pages. Every refusal is answered by
 * {@link Problems}.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private final Problems problems;
    private final PlanSizeLimit limit;

    PlanApiController(Problems problems, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.problems = problems;
        this.limit = new PlanSizeLimit(limit);
    }

    @PostMapping("/validate")
    ResponseEntity<Map<String, Object>> validate(HttpServletRequest request, Locale locale)
            throws IOException, PlanSizeLimit.TooLargeException, PlanJson.NotJsonException, PlanRefusedException {
        ValidPlan plan = PlanRequests.read(request, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("warnings", problems.issues(plan.warnings(), locale));
        // JSON whatever the Accept header asks: it is the answer's only form, as for every other answer
        // of the API (RFC 9110 12.5.1 lets a server disregard Accept rather than answer an empty 406).
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
