package org.lyncowa.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
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
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.support.WizardClient;
import org.lyncowa.support.TestPresets;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Nothing lost: the app is started for real on an H2 file (as in production), restarted
 * mid-wizard, left until sessions expire, double-submitted and fed a form from an old tab.
 */
class RecoveryIT {

    Path dataDir;
    ConfigurableApplicationContext app;
    final HttpClient http = WizardClient.newHttpClient();

    @BeforeEach
    void dataFolder() throws IOException {
        dataDir = Files.createTempDirectory("lyncowa-data-");
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

    ConfigurableApplicationContext start(String... extra) {
        String[] args = Stream.concat(Stream.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("sessions") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.main.banner-mode=off"), Stream.of(extra)).toArray(String[]::new);
        return new SpringApplicationBuilder(WizardApplication.class).run(args);
    }

    String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static Plan litware() throws Exception {
        return TestPresets.plan(TestPresets.LITWARE);
    }

    @Test
    void aRestartMidWizardLosesNothing() throws Exception {
        Plan plan = litware();
        app = start();
        WizardClient client = new WizardClient(http, base(app));
        assertThat(client.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility", plan)).location())
                .isEqualTo("/steps/trusted-pool");
        assertThat(client.submit("/steps/trusted-pool", WizardClient.fields("/steps/trusted-pool", plan)).location())
                .isEqualTo("/steps/instant-messaging");

        app.close();
        app = start();
        client.useServer(base(app));

        WizardClient.Response page = client.get("/steps/trusted-pool");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("atl-owa-001.litwareinc.com", "Redmond");
        assertThat(client.get("/steps/mailbox-policy").location()).isEqualTo("/steps/instant-messaging");
        client.answer(plan);
        assertThat(PlanJson.read(client.bundle().get("plan.json")).plan()).isEqualTo(plan);
    }

    @Test
    void anExpiredSessionLandsOnRecoveryAndIsCleanedUp() throws Exception {
        app = start("--spring.session.timeout=2s", "--server.servlet.session.timeout=2s");
        WizardClient client = new WizardClient(http, base(app));
        client.submit("/steps/compatibility", WizardClient.fields("/steps/compatibility", litware()));
        String token = WizardClient.csrf(client.get("/steps/trusted-pool").body());
        JdbcTemplate db = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
        assertThat(db.queryForObject("select count(*) from SPRING_SESSION", Integer.class)).isEqualTo(1);

        Thread.sleep(3500);

        assertThat(client.get("/steps/trusted-pool").location()).isEqualTo("/recovery");
        // A form from before the expiry: its token is stale, and it still lands on the explanation.
        WizardClient.Response stale = client.post("/steps/trusted-pool",
                List.of(Map.entry("_csrf", token), Map.entry("umServicesColocated", "true")));
        assertThat(stale.location()).isEqualTo("/recovery");
        WizardClient.Response recovery = client.get("/recovery");
        assertThat(recovery.status()).isEqualTo(200);
        assertThat(recovery.body()).contains("planFile");

        app.getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();
        assertThat(db.queryForObject("select count(*) from SPRING_SESSION where EXPIRY_TIME < ?", Integer.class,
                System.currentTimeMillis())).isZero();
    }

    @Test
    void doubleSubmitAndAFormFromAnOldTabKeepTheAnswers() throws Exception {
        Plan plan = litware();
        app = start();
        WizardClient client = new WizardClient(http, base(app));
        client.answer(plan);

        // Double submit: the same answer twice is simply saved twice.
        Map<String, String> pool = WizardClient.fields("/steps/trusted-pool", plan);
        WizardClient.Response first = client.submit("/steps/trusted-pool", pool);
        WizardClient.Response second = client.submit("/steps/trusted-pool", pool);
        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(302);

        // An old tab still shows the IM page; meanwhile the other tab switched IM off.
        String oldTabToken = WizardClient.csrf(client.get("/steps/instant-messaging").body());
        client.submit("/steps/instant-messaging", Map.of("mode", "DISABLE"));
        assertThat(client.get("/check-answers").status()).isEqualTo(200);
        // The old tab now posts the enable answers: they are checked like any other and win, and the
        // journey asks again for the mailbox policy that switching IM off had dropped.
        var oldTab = new java.util.ArrayList<Map.Entry<String, String>>();
        oldTab.add(Map.entry("_csrf", oldTabToken));
        oldTab.addAll(WizardClient.fields("/steps/instant-messaging", plan).entrySet());
        WizardClient.Response posted = client.post("/steps/instant-messaging", oldTab);
        assertThat(posted.location()).isEqualTo("/steps/mailbox-policy");
        assertThat(client.get("/check-answers").location()).isEqualTo("/steps/mailbox-policy");
        client.submit("/steps/mailbox-policy", WizardClient.fields("/steps/mailbox-policy", plan));
        assertThat(PlanJson.read(client.bundle().get("plan.json")).plan()).isEqualTo(plan);
    }

    @Test
    void importingAPlanGivesANewSessionId() throws Exception {
        app = start();
        WizardClient client = new WizardClient(http, base(app));
        client.start();
        String before = client.cookies().get("SESSION");
        assertThat(before).isNotNull();
        byte[] file = TestPresets.bytes(TestPresets.COLOCATED);
        WizardClient.Response imported = client.importPlan("colocated-um.lyncowa.json", file);
        assertThat(imported.location()).isEqualTo("/check-answers");
        assertThat(client.cookies().get("SESSION")).isNotNull().isNotEqualTo(before);
        assertThat(client.get("/check-answers").body()).contains("ex01.northwind.example");
    }
}
