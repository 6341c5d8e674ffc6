package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.lyncowa.support.TestPresets;

/**
 * What a browser gets on the real server (issue 17): static files under URLs that carry their content's
 * hash, cached for a year as immutable; pages never cached; HTML, CSS, JS and JSON gzipped when the
 * client accepts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticAssetsIT {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js)/[^\"]+|/favicon[^\"]*)\"");
    private static final Pattern VERSIONED = Pattern.compile("/(css|js)?/?(.+)-([0-9a-f]{32})\\.(css|js|ico)");

    @LocalServerPort
    int port;

    // The JDK client asks for no encoding unless told, and never decodes: the raw bytes are seen.
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    List<String> assetLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    @Test
    void pagesLinkContentVersionedFilesThatAreCachedForAYear() throws Exception {
        for (String page : List.of("/", "/steps/compatibility", "/plan/import", "/no/such/page")) {
            HttpResponse<byte[]> html = get(page, "Accept", "text/html");
            assertThat(html.statusCode()).as(page).isEqualTo(page.startsWith("/no") ? 404 : 200);
            // Pages: Spring Security's defaults, unchanged.
            assertThat(html.headers().firstValue("Cache-Control")).as(page).contains("no-cache, no-store, max-age=0, must-revalidate");
            List<String> links = assetLinks(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(links).as(page).hasSize(5).noneMatch(l -> l.contains("webjars"));
            for (String link : links) {
                Matcher versioned = VERSIONED.matcher(link);
                assertThat(versioned.matches()).as(link).isTrue();
                HttpResponse<byte[]> file = get(link);
                assertThat(file.statusCode()).as(link).isEqualTo(200);
                assertThat(file.headers().firstValue("Cache-Control")).as(link).contains("max-age=31536000, public, immutable");
                assertThat(file.headers().firstValue("Pragma")).as(link).isEmpty();
                assertThat(file.headers().firstValue("Expires")).as(link).isEmpty();
                // The version is the MD5 of the file served: a changed file gets a new URL.
                assertThat(versioned.group(3)).as(link).isEqualTo(md5(file.body()));
                String unversioned = link.replace("-" + versioned.group(3), "");
                try (InputStream in = getClass().getResourceAsStream("/static" + unversioned)) {
                    assertThat(in).as(unversioned).isNotNull();
                    assertThat(md5(in.readAllBytes())).as(unversioned).isEqualTo(versioned.group(3));
                }
                // Everything else a static file gets is as before, the policy included.
                assertThat(file.headers().firstValue("X-Content-Type-Options")).as(link).contains("nosniff");
                assertThat(file.headers().firstValue("Content-Security-Policy")).as(link).isPresent();
            }
        }
        // The same files under their plain names are revalidated, never cached for good.
        for (String plain : List.of("/css/app.css", "/css/bootstrap.min.css", "/js/app.js", "/js/trainer.js", "/favicon.ico")) {
            HttpResponse<byte[]> file = get(plain);
            assertThat(file.statusCode()).as(plain).isEqualTo(200);
            assertThat(file.headers().allValues("Cache-Control")).as(plain).containsExactly("no-cache");
            String lastModified = file.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(get(plain, "If-Modified-Since", lastModified).statusCode()).as(plain).isEqualTo(304);
        }
        // A version that does not match the content is not served.
        assertThat(get("/css/app-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
    }

    @Test
    void htmlCssJsAndJsonAreGzippedForClientsThatAcceptIt() throws Exception {
        String html = new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>(List.of("/", "/steps/compatibility"));
        paths.addAll(assetLinks(html).stream().filter(l -> !l.endsWith(".ico")).toList());
        for (String path : paths) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip, deflate, br");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(zipped.headers().allValues("Vary").toString()).as(path).containsIgnoringCase("Accept-Encoding");
            byte[] unzipped = gunzip(zipped.body());
            assertThat(zipped.body().length).as(path).isLessThan(unzipped.length);
            if (!path.startsWith("/steps") && !path.equals("/")) {
                assertThat(unzipped).as(path).isEqualTo(plain.body());
            }
        }
        // JSON: a problem document of the API (plan with many issues) and its answer to a valid plan.
        byte[] plan = TestPresets.bytes(TestPresets.LITWARE);
        HttpResponse<byte[]> json = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/validate"))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(gunzip(json.body()), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{");
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    static byte[] gunzip(byte[] bytes) throws Exception {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
