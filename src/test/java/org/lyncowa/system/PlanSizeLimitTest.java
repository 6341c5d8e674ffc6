package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.PlanJson;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The one body-size limit: its default is the plan format's bound, and every use of it follows the property. */
class PlanSizeLimitTest {

    @Test
    void theDefaultIsThePlanFormatsBound() {
        assertThat(PlanSizeLimit.PROPERTY).isEqualTo("${lyncowa.limits.plan-size:" + PlanJson.MAX_BYTES + "B}");
        PlanSizeLimit limit = new PlanSizeLimit(DataSize.ofBytes(PlanJson.MAX_BYTES));
        assertThat(limit.kib()).isEqualTo(256);
        assertThat(limit.exceeds(PlanJson.MAX_BYTES)).isFalse();
        assertThat(limit.exceeds(PlanJson.MAX_BYTES + 1)).isTrue();
    }

    @Test
    void theContainersUploadLimitsFollowTheProperty() {
        PlanSizeLimit limit = new PlanSizeLimit(DataSize.ofKilobytes(64));
        assertThat(limit.uploadBytes()).isEqualTo(64 * 1024 + PlanSizeLimit.ENVELOPE_BYTES);
        assertThat(limit.multipart().getMaxFileSize()).isEqualTo(limit.uploadBytes());
        assertThat(limit.multipart().getMaxRequestSize()).isEqualTo(limit.uploadBytes());
        // The envelope the container allows an upload, as before the limit had one place: 300 KB for 256 KiB.
        assertThat(new PlanSizeLimit(DataSize.ofKilobytes(256)).uploadBytes()).isEqualTo(300 * 1024);
    }

    @Test
    void aBodyIsReadUpToTheLimitAndNoFurther() throws Exception {
        PlanSizeLimit limit = new PlanSizeLimit(DataSize.ofBytes(10));
        assertThat(limit.read(request(new byte[10], true))).hasSize(10);
        assertThatThrownBy(() -> limit.read(request(new byte[11], true))).isInstanceOf(PlanSizeLimit.TooLargeException.class);
        // Without a declared length (chunked), the reading itself stops after the limit.
        assertThatThrownBy(() -> limit.read(request(new byte[11], false)))
                .isInstanceOf(PlanSizeLimit.TooLargeException.class);
    }

    private static MockHttpServletRequest request(byte[] body, boolean declared) {
        MockHttpServletRequest request = declared ? new MockHttpServletRequest("POST", "/api/plans/validate")
                : new MockHttpServletRequest("POST", "/api/plans/validate") {
                    @Override
                    public long getContentLengthLong() {
                        return -1;
                    }
                };
        request.setContent(body);
        return request;
    }
}
