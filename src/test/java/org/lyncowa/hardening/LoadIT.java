package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.support.WizardClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A class of 200 people on one instance at once: each completes the whole wizard with values of
 * their own and downloads the bundle, all concurrently. Nobody gets an error, and every bundle
 * holds exactly its owner's values and nobody else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadIT {

    static final int VISITORS = 200;
    static final Pattern ANY_MARKER = Pattern.compile("v(\\d+)x");

    @LocalServerPort
    int port;

    @Test
    void twoHundredConcurrentWizardsWithoutErrorsOrCrossTalk() throws Exception {
        HttpClient http = WizardClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        CountDownLatch ready = new CountDownLatch(VISITORS);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> runs = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int n = 0; n < VISITORS; n++) {
                int visitor = n;
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    visit(http, visitor, failures);
                    return null;
                }));
            }
            ready.await(60, TimeUnit.SECONDS);
            go.countDown();
            for (Future<?> run : runs) {
                run.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("LoadIT: %d visitors completed the wizard and downloaded their bundle in %.1f s%n",
                VISITORS, (System.nanoTime() - started) / 1e9);
        assertThat(failures).isEmpty();
    }

    private void visit(HttpClient http, int n, ConcurrentLinkedQueue<String> failures) {
        try {
            Plan plan = DistinctPlans.plan(n);
            WizardClient client = new WizardClient(http, "http://localhost:" + port);
            client.answer(plan);
            Map<String, byte[]> bundle = client.bundle();
            Plan returned = PlanJson.read(bundle.get("plan.json")).plan();
            if (!returned.equals(plan)) {
                failures.add("visitor " + n + ": plan.json differs: " + returned);
            }
            for (Map.Entry<String, byte[]> file : bundle.entrySet()) {
                Matcher m = ANY_MARKER.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) != n) {
                        failures.add("visitor " + n + ": " + file.getKey() + " holds " + m.group());
                        break;
                    }
                }
            }
            if (!new String(bundle.get("runbook.md"), StandardCharsets.UTF_8).contains(DistinctPlans.marker(n))) {
                failures.add("visitor " + n + ": runbook without the visitor's title");
            }
        } catch (Exception e) {
            failures.add("visitor " + n + ": " + e);
        }
    }
}
