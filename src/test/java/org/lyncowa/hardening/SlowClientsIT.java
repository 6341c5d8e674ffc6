package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lyncowa.support.WizardClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 7: 220 clients that send a form body one byte every 3 seconds (more than
 * Tomcat's 200 request threads) while {@code /actuator/health} is asked twice a second: every
 * health check answers, each within a second once the 220 connections are open (within 5 s while
 * they are being opened). Bounded to about 30 seconds of trickling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsIT {

    static final int SLOW_CLIENTS = 220;
    static final Duration TRICKLE = Duration.ofSeconds(30);
    static final long BYTE_EVERY_MILLIS = 3000;

    @LocalServerPort
    int port;

    @Test
    void slowBodiesDoNotStarveTheHealthCheck() throws Exception {
        List<Socket> slow = new ArrayList<>();
        HttpClient http = WizardClient.newHttpClient();
        long worst = 0;
        long worstWhileOpening = 0;
        long settled = Long.MAX_VALUE;
        int checks = 0;
        int failed = 0;
        List<String> slowChecks = new ArrayList<>();
        // One check before: the first one also sets up the health probe's table.
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        long begin = System.nanoTime();
        try {
            String head = "POST /steps/compatibility HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("localhost", port), 5000);
                socket.setSoTimeout(1);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write('a');
                out.flush();
                slow.add(socket);
            }
            long end = System.nanoTime() + TRICKLE.toNanos();
            settled = System.nanoTime() + 2_000_000_000L;
            long nextByte = System.nanoTime() + BYTE_EVERY_MILLIS * 1_000_000;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextByte) {
                    for (Socket socket : slow) {
                        try {
                            socket.getOutputStream().write('a');
                        } catch (java.io.IOException closedByTheServer) {
                            // Refused at once (503) or timed out: the server let go of it.
                        }
                    }
                    nextByte += BYTE_EVERY_MILLIS * 1_000_000;
                }
                long started = System.nanoTime();
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                } catch (java.net.http.HttpTimeoutException e) {
                    status = -1;
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                // The first 2 s, while 120 connections are being refused at once, are reported but not held to 1 s.
                if (started - settled >= 0) {
                    worst = Math.max(worst, millis);
                } else {
                    worstWhileOpening = Math.max(worstWhileOpening, millis);
                }
                if (millis >= 1000 || status != 200) {
                    slowChecks.add(status + " in " + millis + " ms at " + (started - begin) / 1_000_000 + " ms");
                }
                checks++;
                failed += status == 200 ? 0 : 1;
                Thread.sleep(500);
            }
        } finally {
            int refused = 0;
            for (Socket socket : slow) {
                refused += answered503(socket) ? 1 : 0;
                socket.close();
            }
            System.out.printf("[slow clients] %d slow senders (1 byte / %d ms for %d s): %d refused at once with 503; "
                    + "%d health checks, %d failed, worst %d ms (%d ms in the first 2 s)%n", slow.size(),
                    BYTE_EVERY_MILLIS, TRICKLE.toSeconds(), refused, checks, failed, worst, worstWhileOpening);
            System.out.println("[slow clients] slow or failed checks: " + slowChecks);
        }
        assertThat(failed).isZero();
        assertThat(worst).isLessThan(1000);
        assertThat(worstWhileOpening).isLessThan(5000);
    }

    private static boolean answered503(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[12];
            int n = in.readNBytes(buffer, 0, 12);
            return n == 12 && new String(buffer, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 503");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
