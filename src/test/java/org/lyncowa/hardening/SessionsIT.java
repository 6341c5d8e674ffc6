package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lyncowa.WizardApplication;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, findings 3, 6 and 10: sessions only for people who answer, a new session id at every
 * start of a journey, a limit on live sessions, and the import form's CSRF token out of its URL.
 * The app runs for real on an H2 file; the session rows are counted in its database.
 */
class SessionsIT {

    Path dataDir;
    ConfigurableApplicationContext app;
    JdbcTemplate db;
    String base;
    final HttpClient http = WizardClient.newHttpClient();

    @BeforeEach
    void dataFolder() throws IOException {
        dataDir = Files.createTempDirectory("lyncowa-sessions-");
    }

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    void start(String... extra) {
        String[] args = Stream.concat(Stream.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("sessions")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.main.banner-mode=off"), Stream.of(extra)).toArray(String[]::new);
        app = new SpringApplicationBuilder(WizardApplication.class).run(args);
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        db = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
    }

    int sessionRows() {
        return db.queryForObject("select count(*) from SPRING_SESSION", Integer.class);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static boolean setsSessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void readingPagesCreatesNoSessionAndAnsweringDoes() throws Exception {
        start();
        List<String> reads = List.of("/", "/steps/compatibility", "/steps/trusted-pool", "/steps/mailbox-policy",
                "/check-answers", "/plan/import", "/recovery", "/css/app.css", "/js/app.js",
                "/css/bootstrap.min.css", "/actuator/health", "/no/such/page",
                "/?lang=ko", "/runbook", "/download/bundle.zip");
        int cookies = 0;
        for (int round = 0; round < 20; round++) {
            for (String path : reads) {
                HttpResponse<String> page = get(path);
                assertThat(page.statusCode()).as(path).isLessThan(500);
                cookies += setsSessionCookie(page) ? 1 : 0;
            }
        }
        int rows = sessionRows();
        System.out.printf("[sessions] %d cookie-less page reads: %d session rows, %d session cookies%n",
                reads.size() * 20, rows, cookies);
        assertThat(rows).isZero();
        assertThat(cookies).isZero();

        // The first answer saved, without pressing Start: one session.
        WizardClient answering = new WizardClient(http, base);
        assertThat(answering.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility",
                RecoveryIT.litware())).location()).isEqualTo("/steps/trusted-pool");
        assertThat(answering.cookies()).containsKey("SESSION");
        // Start now, an example, an import: one session each.
        new WizardClient(http, base).start();
        WizardClient example = new WizardClient(http, base);
        example.post("/presets/litwareinc", List.of(Map.entry("_csrf", WizardClient.csrf(example.get("/").body()))));
        new WizardClient(http, base).importPlan("p.lyncowa.json", preset());
        System.out.printf("[sessions] after 1 answer, 1 start, 1 example, 1 import: %d session rows%n", sessionRows());
        assertThat(sessionRows()).isEqualTo(4);
    }

    static byte[] preset() throws IOException {
        return TestPresets.bytes(TestPresets.COLOCATED);
    }

    /** A session id planted in the victim's browser: after Start, Start over, an example or an import it is worthless. */
    @Test
    void everyStartOfAJourneyGivesANewSessionId() throws Exception {
        start();
        Map<String, WizardClient.Action> moments = Map.of(
                "Start now", c -> c.start(),
                "Start over", c -> c.post("/start-over", List.of(Map.entry("_csrf", WizardClient.csrf(
                        c.get("/").body())))),
                "an example", c -> c.post("/presets/litwareinc", List.of(Map.entry("_csrf",
                        WizardClient.csrf(c.get("/").body())))),
                "an import", c -> c.importPlan("p.lyncowa.json", preset()));
        for (var moment : moments.entrySet()) {
            // The attacker makes a session of their own and plants its cookie in the victim's browser.
            WizardClient attacker = new WizardClient(http, base);
            attacker.start();
            String planted = attacker.cookies().get("SESSION");
            WizardClient victim = new WizardClient(http, base);
            victim.cookies().put("SESSION", planted);
            if (moment.getKey().equals("Start over")) {
                victim.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility",
                        RecoveryIT.litware()));
            }
            moment.getValue().run(victim);
            String after = victim.cookies().get("SESSION");
            assertThat(after).as(moment.getKey()).isNotNull().isNotEqualTo(planted);
            // The victim answers; the planted id shows none of it.
            victim.submit("/steps/compatibility", Map.of("title", "Victim secret plan", "lyncServer", "LYNC_2013",
                    "exchangeServer", "EXCHANGE_2013", "ucmaRuntimeConfirmed", "true"));
            assertThat(victim.get("/steps/compatibility").body()).contains("Victim secret plan");
            assertThat(attacker.get("/steps/compatibility").body()).as(moment.getKey())
                    .doesNotContain("Victim secret plan");
            System.out.printf("[sessions] %s: a new session id; the planted one reads nothing%n", moment.getKey());
        }
    }

    @Test
    void theSessionLimitRefusesNewSessionsWithAPageAndKeepsTheLiveOnes() throws Exception {
        start("--lyncowa.sessions.max-live=3");
        List<WizardClient> people = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            WizardClient person = new WizardClient(http, base);
            assertThat(person.start().location()).isEqualTo("/steps/compatibility");
            people.add(person);
        }
        WizardClient late = new WizardClient(http, base);
        WizardClient.Response refused = late.start();
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).contains("The wizard cannot start another journey right now")
                .doesNotContain("Exception");
        assertThat(late.cookies()).doesNotContainKey("SESSION");
        HttpResponse<String> korean = http.send(HttpRequest.newBuilder(URI.create(base + "/start"))
                .header("Accept-Language", "ko").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "LYNCOWA_CSRF=" + late.cookies().get("LYNCOWA_CSRF"))
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(
                        WizardClient.csrf(late.get("/").body()), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(korean.statusCode()).isEqualTo(503);
        assertThat(korean.body()).contains("지금은 마법사에서 새 작업을 시작할 수 없습니다");
        // The people already in carry on; reading pages still works for everyone.
        for (WizardClient person : people) {
            assertThat(person.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility",
                    RecoveryIT.litware())).location()).isEqualTo("/steps/trusted-pool");
        }
        assertThat(late.get("/").status()).isEqualTo(200);
        System.out.printf("[sessions] limit 3: %d live, the 4th refused with 503 and a page%n", sessionRows());
        assertThat(sessionRows()).isEqualTo(3);
    }

    /** Finding 10: the token is not in the import form's URL; a too-large upload still gets our page. */
    @Test
    void theImportFormKeepsItsCsrfTokenOutOfTheUrl() throws Exception {
        start();
        WizardClient person = new WizardClient(http, base);
        String page = person.get("/").body();
        assertThat(page).contains("action=\"/plan/import\"").doesNotContain("/plan/import?_csrf");
        assertThat(person.importPlan("p.lyncowa.json", preset()).location()).isEqualTo("/check-answers");
        byte[] big = new byte[400 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        WizardClient.Response tooLarge = person.importPlan("big.lyncowa.json", big);
        assertThat(tooLarge.status()).isEqualTo(303);
        assertThat(tooLarge.location()).isEqualTo("/plan/import?too-large=true");
        assertThat(person.get(tooLarge.location()).body()).contains("256 KB");
        // Without the token in the body the import is refused (sent to the recovery page), as before.
        WizardClient forger = new WizardClient(http, base);
        forger.get("/");
        String boundary = "b" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"planFile\"; filename=\"p.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + new String(preset(), StandardCharsets.UTF_8) + "\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        WizardClient.Response forged = forger.postRaw("/plan/import", "multipart/form-data; boundary=" + boundary, body);
        assertThat(forged.location()).isEqualTo("/recovery");
        assertThat(forger.cookies()).doesNotContainKey("SESSION");
    }
}
