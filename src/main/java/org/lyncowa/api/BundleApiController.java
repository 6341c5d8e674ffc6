package org.lyncowa.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.plan.PlanCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/bundles}: a valid plan in, the script bundle (ZIP) out; the same problems as validation otherwise. */
@RestController
class BundleApiController {

    private final Problems problems;
    private final BundleBuilder bundles;

    BundleApiController(Problems problems, BundleBuilder bundles) {
        this.problems = problems;
        this.bundles = bundles;
    }

    @PostMapping("/api/bundles")
    ResponseEntity<?> bundle(HttpServletRequest request, Locale locale) throws IOException {
        Problems.PlanRequest plan = problems.read(request, locale);
        if (plan.problem() != null) {
            return plan.problem();
        }
        PlanCheck check = plan.check();
        byte[] zip = bundles.bundleOf(check.validPlan(), locale).zip();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, BundleBuilder.contentDisposition(check.plan(), ".zip"))
                .body(zip);
    }
}
