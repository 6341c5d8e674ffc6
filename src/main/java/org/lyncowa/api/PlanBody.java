package org.lyncowa.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body with a hard size limit, so an oversized body is refused without being buffered whole. */
final class PlanBody {

    private PlanBody() {
    }

    /** Thrown when the body is larger than the limit. */
    static final class TooLargeException extends Exception {
        TooLargeException() {
            super("request body too large", null, false, false);
        }
    }

    static byte[] read(HttpServletRequest request, int maxBytes) throws IOException, TooLargeException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new TooLargeException();
            }
            return body;
        }
    }
}
