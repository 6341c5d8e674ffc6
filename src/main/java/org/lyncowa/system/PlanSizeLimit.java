package org.lyncowa.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanJson;
import org.springframework.util.unit.DataSize;

/**
 * The one limit on the size of a plan that reaches the app, and the one way it is applied: the
 * configuration property {@code lyncowa.limits.plan-size} (default {@link PlanJson#MAX_BYTES}, the
 * plan format's 256 KiB). The API reads a body with it ({@link #read}: 413 problem document), the
 * import page checks an upload with it (the upload filter before anything reads the body, the page
 * for the file itself), and the container's own limits are derived from it ({@link #multipart()}: an
 * upload may be larger than the plan by its multipart envelope; {@code server.tomcat.max-http-form-post-size}
 * is set to the property in {@code application.properties}), so that they never answer first with a
 * bare error page. Every user is given the property as {@code @Value(PlanSizeLimit.PROPERTY) DataSize}.
 */
public final class PlanSizeLimit {

    /** The property with its default, for {@code @Value}. */
    public static final String PROPERTY = "${lyncowa.limits.plan-size:" + PlanJson.MAX_BYTES + "B}";
    /** What a multipart upload may add to the file: the boundaries, part headers and the CSRF field. */
    static final long ENVELOPE_BYTES = 44 * 1024;

    private final long bytes;

    public PlanSizeLimit(DataSize size) {
        this.bytes = size.toBytes();
    }

    /** Thrown when a body is larger than the limit. */
    public static final class TooLargeException extends Exception {
        public TooLargeException() {
            super("request body too large", null, false, false);
        }
    }

    public long bytes() {
        return bytes;
    }

    /** The limit as the messages say it (KiB). */
    public long kib() {
        return bytes / 1024;
    }

    public boolean exceeds(long length) {
        return length > bytes;
    }

    /** The most an upload request carrying a plan file may be. */
    public long uploadBytes() {
        return bytes + ENVELOPE_BYTES;
    }

    /** The container's multipart limits for an upload of a plan file. */
    public MultipartConfigElement multipart() {
        return new MultipartConfigElement(null, uploadBytes(), uploadBytes(), 0);
    }

    /** Reads a request body with the limit, so an oversized body is refused without being buffered whole. */
    public byte[] read(HttpServletRequest request) throws IOException, TooLargeException {
        if (exceeds(request.getContentLengthLong())) {
            throw new TooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) bytes + 1);
            if (exceeds(body.length)) {
                throw new TooLargeException();
            }
            return body;
        }
    }
}
