package org.lyncowa.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyncowa.WizardApplication;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.support.TestPostgres;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on different ports against one real PostgreSQL server (Debian's
 * packages, on loopback), as behind a load balancer: a wizard whose requests alternate between
 * them, a bundle from the second holding the answers given to the first, and a wizard that goes on
 * when the instance it started on stops.
 */
class TwoInstancesIT {

    static TestPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    final HttpClient http = WizardClient.newHttpClient();

    @BeforeAll
    static void startAll() throws Exception {
        postgres = TestPostgres.start();
        first = start();
        second = start();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {first, second}) {
            if (app != null && app.isActive()) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WizardApplication.class).profiles("postgres").run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + postgres.user());
    }

    static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    static Plan plan(String name) throws Exception {
        return TestPresets.plan(name);
    }

    @Test
    void aWizardAlternatingBetweenInstancesGetsItsBundleFromEither() throws Exception {
        Plan plan = plan("exchange2010-limited");
        WizardClient client = new WizardClient(http, base(first));
        String[] servers = {base(first), base(second)};
        AtomicInteger turn = new AtomicInteger();
        int steps = client.answer(plan, () -> client.useServer(servers[turn.incrementAndGet() % 2]));
        assertThat(steps).isEqualTo(5);

        client.useServer(base(second));
        assertThat(client.get("/check-answers").body()).contains("casarray.tailspin.example", "Sales Staff");
        assertThat(PlanJson.read(client.bundle().get("plan.json")).plan()).isEqualTo(plan);
        client.useServer(base(first));
        assertThat(PlanJson.read(client.get("/plan/export").bytes()).plan()).isEqualTo(plan);
    }

    @Test
    void aWizardGoesOnWhenItsInstanceStops() throws Exception {
        Plan plan = plan("litwareinc");
        ConfigurableApplicationContext third = start();
        try {
            WizardClient client = new WizardClient(http, base(third));
            client.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility", plan));
            client.submit("/steps/trusted-pool", WizardClient.fields("/steps/trusted-pool", plan));
            third.close();

            client.useServer(base(second));
            assertThat(client.get("/steps/instant-messaging").status()).isEqualTo(200);
            assertThat(client.get("/steps/trusted-pool").body()).contains("atl-owa-001.litwareinc.com");
            client.answer(plan);
            assertThat(PlanJson.read(client.bundle().get("plan.json")).plan()).isEqualTo(plan);
        } finally {
            if (third.isActive()) {
                third.close();
            }
        }
    }
}
