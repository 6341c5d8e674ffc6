import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes wizard sessions with full answers the way a browser would, through the public pages:
 * GET /plan/import (CSRF cookie + token), then POST /plan/import with the plan file (which makes the session), which
 * must answer 302 to /check-answers. A Java client rather than curl because 10,000 sessions need
 * 20,000 requests and a process per request would measure curl, not the app.
 *
 * <pre>
 * java SessionFiller.java fill  BASE_URL COUNT CONCURRENCY PLAN_FILE [OUT_FILE]
 *      prints "FILL ok=N failed=N seconds=S"; OUT_FILE gets one "COOKIE<TAB>CSRF" line per session
 * java SessionFiller.java check BASE_URL SESSIONS_FILE SAMPLE EXPECTED_TEXT
 *      GETs /check-answers for SAMPLE random sessions; prints "CHECK ok=N failed=N": ok means 200
 *      with EXPECTED_TEXT in the page, i.e. the server still holds that session's answers
 * </pre>
 */
public class SessionFiller {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]+)");
    private static final Pattern CSRF_COOKIE = Pattern.compile("^LYNCOWA_CSRF=([^;]+)");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        if (args.length >= 5 && args[0].equals("fill")) {
            fill(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    args.length > 5 ? Path.of(args[5]) : null);
        } else if (args.length == 5 && args[0].equals("check")) {
            check(args[1], Path.of(args[2]), Integer.parseInt(args[3]), args[4]);
        } else {
            System.err.println("usage: fill BASE_URL COUNT CONCURRENCY PLAN_FILE [OUT_FILE] | "
                    + "check BASE_URL SESSIONS_FILE SAMPLE EXPECTED_TEXT");
            System.exit(2);
        }
    }

    private static void fill(String base, int count, int concurrency, Path planFile, Path out) throws Exception {
        byte[] plan = Files.readAllBytes(planFile);
        AtomicInteger left = new AtomicInteger(count);
        AtomicInteger failed = new AtomicInteger();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    try {
                        lines.add(oneSession(base, plan));
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (firstErrors.size() < 3) {
                            firstErrors.add(e.toString());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (out != null) {
            Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (String e : firstErrors) {
            System.err.println("session failed: " + e);
        }
        System.out.printf("FILL ok=%d failed=%d seconds=%.2f%n", lines.size(), failed.get(), seconds);
    }

    /** One browser journey: returns "COOKIE\tCSRF" of a session that now holds the whole plan. */
    private static String oneSession(String base, byte[] plan) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/plan/import")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("GET /plan/import: " + page.statusCode());
        }
        // Reading a page makes no session; the CSRF token's cookie comes with the form (issue 12).
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .map(CSRF_COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IOException("no LYNCOWA_CSRF cookie"));
        String cookie = null;
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IOException("no _csrf field on /plan/import");
        }
        String csrf = token.group(1);

        String boundary = "benchBoundary" + Long.toHexString(System.nanoTime());
        byte[] body = multipart(boundary, csrf, plan);
        HttpResponse<Void> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/plan/import"))
                .header("Cookie", "LYNCOWA_CSRF=" + csrfCookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || !location.endsWith("/check-answers")) {
            throw new IOException("POST /plan/import: " + posted.statusCode() + " " + location);
        }
        // The import makes the session (and gives it a new id): keep the cookie it sends.
        for (String header : posted.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
        if (cookie == null) {
            throw new IOException("POST /plan/import sent no SESSION cookie");
        }
        // wizard.lua sends "SESSION=" + this column: the CSRF cookie rides along after the session id.
        return cookie + "; LYNCOWA_CSRF=" + csrfCookie + "\t" + csrf;
    }

    private static byte[] multipart(String boundary, String csrf, byte[] plan) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"planFile\"; filename=\"plan.lyncowa.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + plan.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(plan, 0, all, h.length, plan.length);
        System.arraycopy(t, 0, all, h.length + plan.length, t.length);
        return all;
    }

    private static void check(String base, Path sessionsFile, int sample, String expected) throws Exception {
        List<String> lines = Files.readAllLines(sessionsFile, StandardCharsets.UTF_8);
        Random random = new Random(42);
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < sample && !lines.isEmpty(); i++) {
            String cookie = lines.get(random.nextInt(lines.size())).split("\t")[0];
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/check-answers"))
                    .header("Cookie", "SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 200 && page.body().contains(expected)) {
                ok++;
            } else {
                failed++;
            }
        }
        System.out.printf("CHECK ok=%d failed=%d%n", ok, failed);
    }
}
