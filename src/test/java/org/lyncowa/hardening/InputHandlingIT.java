package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, findings 8, 9 and 10 (the input parts), against the real server: the presenter
 * switch's {@code returnTo}, invisible and bidirectional characters, the body's media type and
 * encoding, names given twice, the Host headers a client sends, and an Accept header the API
 * cannot meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputHandlingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final HttpClient http = WizardClient.newHttpClient();

    String base() {
        return "http://localhost:" + port;
    }

    static String litware() throws Exception {
        return TestPresets.text(TestPresets.LITWARE);
    }

    /** The litware plan with these bytes put just before "Litware" in its title. */
    static byte[] titledWith(byte[] bytes) throws Exception {
        String plan = litware();
        int at = plan.indexOf("Litware");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(plan.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(plan.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpResponse<String> api(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String location(WizardClient.Response answer) {
        return answer.headers().getOrDefault("location", List.of("(none)")).get(0);
    }

    // ---- finding 8: returnTo ----------------------------------------------------------------

    @Test
    void thePresenterSwitchReturnsOnlyToAPlainPathOfThisSite() throws Exception {
        WizardClient client = new WizardClient(http, base());
        String token = WizardClient.csrf(client.get("/").body());
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("/{foo}", "/");
        cases.put("/" + "a".repeat(9_000), "/");
        cases.put("/caf\u00e9", "/");
        cases.put("/\u202e/steps", "/");
        cases.put("/check-answers", "/check-answers");
        cases.put("/steps/trusted-pool?change=true", "/steps/trusted-pool?change=true");
        List<String> expected = new java.util.ArrayList<>();
        List<String> seen = new java.util.ArrayList<>();
        for (var c : cases.entrySet()) {
            WizardClient.Response answer = client.post("/presenter",
                    List.of(Map.entry("_csrf", token), Map.entry("returnTo", c.getKey())));
            String shown = c.getKey().length() > 40 ? c.getKey().substring(0, 40) + "..." : c.getKey();
            expected.add(shown + " -> 302 " + c.getValue());
            seen.add(shown + " -> " + answer.status() + " " + location(answer));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(client.get("/").status()).isEqualTo(200);
    }

    // ---- finding 9: invisible and bidirectional characters ------------------------------------

    @Test
    void bidiControlsAreRefusedByTheApiTheImportAndTheSteps() throws Exception {
        byte[] plan = litware().replace("\"Litware", "\"Litware \u202e ;llehs").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> api = api("/api/plans/validate", "application/json", plan);
        assertThat(api.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(api.body()).path("errors").get(0);
        assertThat(error.path("path").asString()).isEqualTo("title");
        assertThat(error.path("code").asString()).isEqualTo("text.invisible");
        assertThat(error.path("message").asString()).startsWith("Remove the invisible character U+202E");
        HttpResponse<String> korean = api("/api/plans/validate", "application/json", plan, "Accept-Language", "ko");
        assertThat(JSON.readTree(korean.body()).path("errors").get(0).path("message").asString())
                .contains("U+202E", "보이지 않는 문자");

        WizardClient client = new WizardClient(http, base());
        String policies = litware().replace("{ \"scope\": \"DEFAULT\", \"policies\": [] }",
                "{ \"scope\": \"NAMED\", \"policies\": [\"Default\", \"Sales \u2066EMEA\u2069\"] }");
        WizardClient.Response imported = client.importPlan("bidi.lyncowa.json", policies.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).contains("mailboxPolicy.policies[1]: Remove the invisible character U+2066");

        WizardClient.Response step = client.submit("/steps/compatibility", Map.of("title", "Litware \u200f\u202e",
                "lyncServer", "LYNC_2013", "exchangeServer", "EXCHANGE_2013", "ucmaRuntimeConfirmed", "true"));
        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body()).contains("Remove the invisible character U+200F");
    }

    // ---- finding 10: media type, encoding, duplicate names, Host, Accept ---------------------

    @Test
    void aPlanSentAsAFormIs415NotNotJson() throws Exception {
        byte[] plan = litware().getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/plans/validate", "/api/bundles", "/api/plans/validate?lang=ko")) {
            HttpResponse<String> answer = api(path, "application/x-www-form-urlencoded", plan);
            assertThat(answer.statusCode()).as(path).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            assertThat(answer.headers().firstValue("Accept")).as(path).contains("application/json");
            assertThat(JSON.readTree(answer.body()).path("type").asString()).as(path)
                    .isEqualTo("urn:lync-owa:problem:unsupported-media-type");
        }
        assertThat(api("/api/plans/validate", "application/json", plan).statusCode()).isEqualTo(200);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedByTheApiAndTheImport() throws Exception {
        // An overlong "A", a CESU-8 surrogate, a stray continuation byte.
        for (String hex : List.of("C181", "EDA080", "EDA0BDEDB880", "80")) {
            byte[] plan = titledWith(HexFormat.of().parseHex(hex));
            for (String path : List.of("/api/plans/validate", "/api/bundles")) {
                HttpResponse<String> answer = api(path, "application/json", plan);
                assertThat(answer.statusCode()).as(hex + " " + path).isEqualTo(400);
                assertThat(JSON.readTree(answer.body()).path("type").asString()).as(hex)
                        .isEqualTo("urn:lync-owa:problem:not-utf8");
            }
            WizardClient client = new WizardClient(http, base());
            WizardClient.Response imported = client.importPlan("bad.lyncowa.json", plan);
            assertThat(imported.status()).as(hex).isEqualTo(200);
            assertThat(imported.body()).as(hex).contains("it is not valid UTF-8 text");
        }
    }

    @Test
    void aNameGivenTwiceIsNamedWithItsPath() throws Exception {
        byte[] plan = litware().replace("\"port\": 5199", "\"port\": 5199, \"port\": 80").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = api("/api/plans/validate", "application/json", plan);
        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(answer.body()).path("errors").get(0);
        assertThat(error.path("path").asString()).isEqualTo("trustedPool.port");
        assertThat(error.path("code").asString()).isEqualTo("field.duplicate");
        WizardClient.Response imported = new WizardClient(http, base()).importPlan("dup.lyncowa.json", plan);
        assertThat(imported.body()).contains("trustedPool.port: The field port is given more than once");
    }

    @Test
    void aValidPlanIsAnsweredInJsonWhateverTheAcceptHeader() throws Exception {
        HttpResponse<String> answer = api("/api/plans/validate", "application/json",
                litware().getBytes(StandardCharsets.UTF_8), "Accept", "text/plain");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(answer.body()).path("valid").asBoolean()).isTrue();
    }

    /** What a client that sends its own Host and X-Forwarded-Host gets back as Location. */
    String rawLocation(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            String headers = head.substring(0, Math.max(0, head.indexOf("\r\n\r\n")));
            assertThat(headers).startsWith("HTTP/1.1 30");
            return headers.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                    .map(l -> l.substring(9).strip()).findFirst().orElse("(none)");
        }
    }

    @Test
    void redirectsNeverCarryAHostTheClientSent() throws Exception {
        String spoofed = "Host: evil.example\r\nX-Forwarded-Host: evil2.example\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-Port: 443\r\nConnection: close\r\n";
        // A page that sends an unanswered journey on, the recovery redirect of a POST without a token,
        // and the presenter switch.
        assertThat(rawLocation("GET /check-answers HTTP/1.1\r\n" + spoofed + "\r\n")).isEqualTo("/steps/compatibility");
        assertThat(rawLocation("POST /start-over HTTP/1.1\r\n" + spoofed + "Content-Length: 0\r\n\r\n"))
                .isEqualTo("/recovery");
        WizardClient client = new WizardClient(http, base());
        String token = WizardClient.csrf(client.get("/").body());
        String form = "_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8) + "&returnTo=%2Fcheck-answers";
        String cookies = String.join("; ", client.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList());
        assertThat(rawLocation("POST /presenter HTTP/1.1\r\n" + spoofed + "Cookie: " + cookies
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
                + form)).isEqualTo("/check-answers");
    }
}
