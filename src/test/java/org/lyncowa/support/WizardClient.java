package org.lyncowa.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.lyncowa.plan.Plan;

/**
 * Walks the wizard over HTTP the way a browser without JavaScript does: it keeps its own cookies,
 * reads the CSRF token from each page's form and posts the form fields, whose names are the plan's
 * property names. One client is one visitor; many clients can share one {@link HttpClient}. The
 * server it talks to can be switched mid-journey (several instances behind a load balancer).
 */
public final class WizardClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    /** Something a visitor does (for tests that try one check against several actions). */
    @FunctionalInterface
    public interface Action {
        void run(WizardClient client) throws Exception;
    }

    /** One HTTP answer. {@code location} is the redirect target's path, or null. */
    public record Response(int status, String location, byte[] bytes, Map<String, List<String>> headers) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private volatile String base;

    public WizardClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Sends the next requests to another instance (the same visitor, the same cookies). */
    public void useServer(String base) {
        this.base = base;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as-is (the caller supplies {@code _csrf} if it wants one). */
    public Response post(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Posts a body exactly as given (already form-encoded, possibly malformed on purpose). */
    public Response postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Opens the page at {@code path}, then posts its form with these fields and the page's CSRF token. */
    public Response submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Response page = get(path);
        if (page.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.status() + " -> " + page.location());
        }
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("_csrf", csrf(page.body())));
        form.addAll(fields.entrySet());
        return post(path, form);
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * Answers every step for this plan, starting at the first step and following the redirects
     * the navigator gives, until the check-answers page. Returns the number of steps posted.
     */
    public int answer(Plan plan) throws IOException, InterruptedException {
        return answer(plan, null);
    }

    /** As {@link #answer(Plan)}, calling {@code between} after each step (e.g. to switch servers). */
    public int answer(Plan plan, Runnable between) throws IOException, InterruptedException {
        String path = "/steps/compatibility";
        int posted = 0;
        while (path.startsWith("/steps/")) {
            Response answer = submit(path, fields(path, plan));
            posted++;
            if (answer.status() != 302 && answer.status() != 303) {
                throw new IllegalStateException("POST " + path + " did not move on (" + answer.status() + "): "
                        + errorSummary(answer.body()));
            }
            path = answer.location();
            if (between != null) {
                between.run();
            }
            if (posted > 10) {
                throw new IllegalStateException("the wizard did not end");
            }
        }
        if (!path.startsWith("/check-answers")) {
            throw new IllegalStateException("the journey ended at " + path);
        }
        return posted;
    }

    /** The form fields of one step page for a plan: {@link PlanForms#fields}, the tests' one mapper. */
    public static Map<String, String> fields(String stepPath, Plan plan) {
        return PlanForms.fields(stepPath, plan);
    }

    /** Uploads a plan file with the start page's import form (multipart {@code planFile}). */
    public Response importPlan(String fileName, byte[] content) throws IOException, InterruptedException {
        Response page = get("/");
        String token = csrf(page.body());
        String boundary = "----lyncowa" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"planFile\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // The token travels in the form body only, never in the URL (proxy logs keep URLs).
        return send(HttpRequest.newBuilder(URI.create(base + "/plan/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Presses Start now on the start page: a new, empty journey in a new session. */
    public Response start() throws IOException, InterruptedException {
        Response page = get("/");
        return post("/start", List.of(Map.entry("_csrf", csrf(page.body()))));
    }

    /** The bundle the check-answers page offers, as file name → content. */
    public Map<String, byte[]> bundle() throws IOException, InterruptedException {
        return unzip(get("/download/bundle.zip"));
    }

    /** A bundle download's files, as file name → content (the answer must be a 200). */
    public static Map<String, byte[]> unzip(Response zip) throws IOException {
        if (zip.status() != 200) {
            throw new IllegalStateException("bundle download answered " + zip.status() + " -> " + zip.location());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String errorSummary(String html) {
        int at = html.indexOf("error-summary");
        return at < 0 ? "(no error summary)" : html.substring(at, Math.min(html.length(), at + 1500));
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        request.timeout(Duration.ofSeconds(60));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(set);
            if (m.find()) {
                boolean expired = set.toLowerCase().contains("max-age=0");
                if (expired) {
                    cookies.remove(m.group(1));
                } else {
                    cookies.put(m.group(1), m.group(2));
                }
            }
        }
        String location = response.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()
                + (URI.create(l).getRawQuery() == null ? "" : "?" + URI.create(l).getRawQuery())).orElse(null);
        return new Response(response.statusCode(), location, response.body(), response.headers().map());
    }
}
