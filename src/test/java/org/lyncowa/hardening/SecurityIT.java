package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lyncowa.support.WizardClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the real server sends: security headers, cookie flags, error pages without internals, actuator health only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIT {

    @LocalServerPort
    int port;

    final HttpClient http = WizardClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesSendTheSecurityHeadersAndAStrictPolicy() throws Exception {
        HttpResponse<String> page = send("GET", "/steps/compatibility");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.body()).doesNotContain("<script>", "style=\"");
    }

    /** The session cookie (made by Start now), the CSRF cookie and the language cookie, over HTTP and behind TLS. */
    @Test
    void theCookiesAreHttpOnlyLaxAndSecureBehindATlsProxy() throws Exception {
        for (boolean tls : new boolean[] {false, true}) {
            String[] proto = tls ? new String[] {"X-Forwarded-Proto", "https"} : new String[0];
            HttpResponse<String> start = send("GET", "/?lang=ko", proto);
            String csrfCookie = cookie(start, "LYNCOWA_CSRF");
            String language = cookie(start, "LYNCOWA_LANG");
            String token = WizardClient.csrf(start.body());
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/start"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(token,
                            java.nio.charset.StandardCharsets.UTF_8)));
            if (tls) {
                post.header("X-Forwarded-Proto", "https");
            }
            HttpResponse<String> started = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).isEqualTo(302);
            String session = cookie(started, "SESSION");
            for (String cookie : List.of(session, csrfCookie)) {
                assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            }
            for (String cookie : List.of(session, csrfCookie, language)) {
                if (tls) {
                    assertThat(cookie).contains("; Secure");
                } else {
                    assertThat(cookie).doesNotContain("Secure");
                }
            }
        }
    }

    static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }

    @Test
    void errorsShowNoInternals() throws Exception {
        for (var request : List.of(List.of("GET", "/no/such/page"), List.of("GET", "/steps/trusted-pool?change=maybe"),
                List.of("GET", "/api/bundles"), List.of("DELETE", "/steps/compatibility"),
                List.of("GET", "/download/scripts/..%2F..%2Fetc%2Fpasswd"), List.of("PUT", "/api/plans/validate"))) {
            HttpResponse<String> answer = send(request.get(0), request.get(1), "Accept", "text/html");
            // A refusal or, for a state-changing method without a CSRF token, the recovery page: never a 5xx.
            assertThat(answer.statusCode()).as(request.toString()).isBetween(300, 499);
            assertThat(answer.body()).as(request.toString())
                    .doesNotContain("Exception", "at org.", "at java.", "springframework", "Whitelabel", "Tomcat");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    /** Static files are served without the URL-rewriting filter, which cost most of each page's time (bench/). */
    @Test
    void bootstrapIsServedWithoutTheUrlRewritingFilter() throws Exception {
        assertThat(send("GET", "/css/bootstrap.min.css").statusCode()).isEqualTo(200);
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values())
                .filteredOn(r -> r.getFilter() instanceof org.springframework.web.servlet.resource.ResourceUrlEncodingFilter)
                .allSatisfy(r -> assertThat(r.isEnabled()).isFalse());
    }

    @Test
    void theActuatorExposesOnlyHealth() throws Exception {
        assertThat(send("GET", "/actuator/health").statusCode()).isEqualTo(200);
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/sessions", "/actuator/mappings", "/actuator/loggers")) {
            assertThat(send("GET", endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }
}
