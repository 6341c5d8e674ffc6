package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lyncowa.WizardApplication;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12, findings 5 and 10: the data folder is a real, tiny file system (a 4 MiB tmpfs mounted
 * for the test; it needs root, as on the CI machines, and says so and skips where mounting is not
 * allowed). It is filled up while the app runs: the person gets a page that says the answer was
 * not saved, never a 500 or a false "saved"; the health check says DOWN; pages without a session
 * and the API keep working; when space returns the app recovers by itself. Start-up on a
 * read-only folder prints one sentence naming the folder and the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class DiskFullIT {

    Path mountPoint;
    boolean mounted;
    ConfigurableApplicationContext app;
    final HttpClient http = WizardClient.newHttpClient();

    @BeforeEach
    void folder() throws IOException {
        mountPoint = Files.createTempDirectory("lyncowa-tmpfs-");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.close();
        }
        if (mounted) {
            run("umount", mountPoint.toString());
        }
        try (Stream<Path> files = Files.walk(mountPoint)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0) {
            System.out.println("[disk full] " + String.join(" ", command) + ": " + output.strip());
        }
        return process.exitValue();
    }

    private void mount(String options) throws Exception {
        int status = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(status == 0, "cannot mount a tmpfs here (needs root and mount rights): "
                + "the disk-full and read-only checks need a real small or read-only file system");
        mounted = true;
    }

    private String start() {
        app = new SpringApplicationBuilder(WizardApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--lyncowa.data-dir=" + mountPoint,
                // The production URL (application.properties); failsafe's in-memory one would win otherwise.
                "--spring.datasource.url=jdbc:h2:file:" + mountPoint.resolve("sessions")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=4");
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> compatibility(String title) {
        return Map.of("title", title, "lyncServer", "LYNC_2013", "exchangeServer", "EXCHANGE_2013",
                "ucmaRuntimeConfirmed", "true");
    }

    @Test
    void aFullDiskGivesAPlainPageAHealthCheckThatSaysDownAndTheAppRecovers() throws Exception {
        mount("size=4m");
        String base = start();
        WizardClient person = new WizardClient(http, base);
        person.start();
        assertThat(person.submit("/steps/compatibility", compatibility("Saved before the disk filled")).location())
                .isEqualTo("/steps/trusted-pool");
        String formToken = WizardClient.csrf(person.get("/steps/compatibility").body());

        long filled = fill(mountPoint.resolve("filler"));
        int refusedSaves = 0;
        for (int i = 0; i < 5; i++) {
            WizardClient.Response save = person.post("/steps/compatibility", java.util.List.of(
                    Map.entry("_csrf", formToken), Map.entry("title", "Typed while the disk was full " + i),
                    Map.entry("lyncServer", "LYNC_2013"), Map.entry("exchangeServer", "EXCHANGE_2013"),
                    Map.entry("ucmaRuntimeConfirmed", "true")));
            assertThat(save.status()).isEqualTo(503);
            assertThat(save.location()).isNull();
            assertThat(save.body()).contains("Your answer was not saved: the server cannot write its data")
                    .doesNotContain("Exception", "Whitelabel", "Tomcat");
            refusedSaves++;
        }
        WizardClient newcomer = new WizardClient(http, base);
        WizardClient.Response start = newcomer.start();
        assertThat(start.status()).isEqualTo(503);
        HttpResponse<String> korean = http.send(HttpRequest.newBuilder(URI.create(base + "/steps/compatibility"))
                .header("Accept-Language", "ko").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + person.cookies().get("SESSION") + "; LYNCOWA_CSRF="
                        + person.cookies().get("LYNCOWA_CSRF"))
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(formToken,
                        java.nio.charset.StandardCharsets.UTF_8) + "&title=x&lyncServer=LYNC_2013"
                        + "&exchangeServer=EXCHANGE_2013&ucmaRuntimeConfirmed=true")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(korean.statusCode()).isEqualTo(503);
        assertThat(korean.body()).contains("답변이 저장되지 않았습니다. 서버가 데이터를 쓸 수 없습니다");

        HttpResponse<String> health = get(base + "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        // Reading without a session and the (stateless) API keep working.
        assertThat(get(base + "/").statusCode()).isEqualTo(200);
        byte[] plan = TestPresets.bytes(TestPresets.LITWARE);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans/validate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(plan))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        Files.delete(mountPoint.resolve("filler"));
        long freed = System.nanoTime();
        String status = "";
        while (System.nanoTime() - freed < TimeUnit.SECONDS.toNanos(20) && !status.contains("UP")) {
            Thread.sleep(250);
            status = get(base + "/actuator/health").body();
        }
        long recoveryMillis = (System.nanoTime() - freed) / 1_000_000;
        assertThat(status).contains("UP");
        assertThat(person.submit("/steps/compatibility", compatibility("Saved after space returned")).location())
                .isEqualTo("/steps/trusted-pool");
        assertThat(person.get("/steps/compatibility").body()).contains("Saved after space returned");
        assertThat(newcomer.start().status()).isEqualTo(302);
        System.out.printf("[disk full] %d KiB filler filled the 4 MiB folder: %d saves refused with 503 and the page "
                + "(0 false \"saved\"), health DOWN, GET / and the API 200; health UP again %d ms after the space "
                + "returned, saves work again%n", filled / 1024, refusedSaves, recoveryMillis);
    }

    /** Writes zeros until the file system says it is full. */
    private static long fill(Path file) throws IOException {
        long written = 0;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("space");
        }
        return written;
    }

    @Test
    void startingOnAReadOnlyFolderSaysSoInOneSentence(CapturedOutput output) throws Exception {
        mount("size=1m,ro");
        assertThatThrownBy(this::start).isNotNull();
        String printed = output.getAll();
        long traceLines = printed.lines().filter(l -> l.startsWith("\tat ")).count();
        System.out.printf("[read-only] start-up output: %d lines, %d stack-trace lines%n", printed.lines().count(),
                traceLines);
        assertThat(printed).contains("The wizard cannot use its data folder " + mountPoint.toRealPath()
                + " (Read-only file system).", "Set LYNCOWA_DATA_DIR");
        assertThat(traceLines).isZero();
    }
}
