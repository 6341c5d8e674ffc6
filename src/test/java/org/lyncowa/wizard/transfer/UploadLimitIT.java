package org.lyncowa.wizard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.PlanJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through a real server: a plan file over the multipart limit is refused by the container before
 * any controller runs; the user must still get the import page with a plain message, and an
 * unknown page must be our error page without technical details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitIT {

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** The upload form's CSRF token as the start page renders it (a hidden field; the action has no query). */
    private String uploadToken() throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("enctype=\"multipart/form-data\" action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        assertThat(action.group(1)).isEqualTo("/plan/import");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** The import page, and the certificate renewal's page (which takes a plan file too). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/plan/import", "/renewal/plan"})
    void anOversizeUploadGetsTheImportPageWithAClearMessage(String uploadPath) throws Exception {
        byte[] content = new byte[PlanJson.MAX_BYTES + 10_000];
        Arrays.fill(content, (byte) ' ');
        String boundary = "----lyncowa-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"planFile\"; filename=\"big.lyncowa.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + uploadToken()
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + uploadPath))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("The file is too large").contains("name=\"planFile\"");
    }

    @Test
    void anUnknownPageIsOurNotFoundPage() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/no/such/page"))
                .header("Accept", "text/html").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("trace");
    }
}
