package org.lyncowa.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/bundles}: a valid plan in, the script bundle (ZIP) out; the same problems as validation otherwise. */
@RestController
class BundleApiController {

    private final BundleBuilder bundles;
    private final PlanSizeLimit limit;

    BundleApiController(BundleBuilder bundles, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.bundles = bundles;
        this.limit = new PlanSizeLimit(limit);
    }

    @PostMapping("/api/bundles")
    ResponseEntity<byte[]> bundle(HttpServletRequest request, Locale locale)
            throws IOException, PlanSizeLimit.TooLargeException, PlanJson.NotJsonException, PlanRefusedException {
        ValidPlan plan = PlanRequests.read(request, limit);
        return DownloadNames.zip(plan.plan(), ".zip", bundles.bundleOf(plan, locale).zip());
    }
}
