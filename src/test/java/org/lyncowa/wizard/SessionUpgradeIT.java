package org.lyncowa.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lyncowa.WizardApplication;
import org.lyncowa.support.WizardClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: the session store (Spring Session JDBC on an H2 file, as in production) holding a
 * journey in the shape the previous release wrote: a Java-serialised WizardState. Its classes no
 * longer deserialise, so the session ends and the person lands on the recovery page (never a
 * 500); a new journey starts cleanly.
 */
class SessionUpgradeIT {

    Path dataDir;
    ConfigurableApplicationContext app;

    @BeforeEach
    void start() throws IOException {
        dataDir = Files.createTempDirectory("lyncowa-data-");
        app = new SpringApplicationBuilder(WizardApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("sessions") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.main.banner-mode=off");
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aJourneyStoredByThePreviousReleaseLandsOnRecoveryAndCanStartAgain() throws Exception {
        WizardClient client = new WizardClient(WizardClient.newHttpClient(),
                "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        client.submit(Step.Paths.COMPATIBILITY,
                WizardClient.fields(Step.Paths.COMPATIBILITY, TestPlans.preset(TestPlans.LITWARE)));
        byte[] previous;
        try (var in = getClass().getResourceAsStream("/sessions/wizard-state-java-serialised.bin")) {
            previous = in.readAllBytes();
        }
        JdbcTemplate db = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
        // The new release's attribute replaced by what the previous release stored in its place.
        assertThat(db.update("update SPRING_SESSION_ATTRIBUTES set ATTRIBUTE_NAME = ?, ATTRIBUTE_BYTES = ?"
                + " where ATTRIBUTE_NAME = ?", WizardSession.LEGACY_ATTRIBUTE, previous, WizardSession.ATTRIBUTE))
                .isEqualTo(1);

        WizardClient.Response page = client.get(Step.Paths.TRUSTED_POOL);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo(Navigator.RECOVERY);
        assertThat(client.get(Navigator.RECOVERY).status()).isEqualTo(200);
        // The unreadable session is gone from the store.
        assertThat(db.queryForObject("select count(*) from SPRING_SESSION_ATTRIBUTES where ATTRIBUTE_NAME = ?",
                Integer.class, WizardSession.LEGACY_ATTRIBUTE)).isZero();

        assertThat(client.submit(Step.Paths.COMPATIBILITY,
                WizardClient.fields(Step.Paths.COMPATIBILITY, TestPlans.preset(TestPlans.LITWARE))).location())
                .isEqualTo(Step.Paths.TRUSTED_POOL);
    }
}
