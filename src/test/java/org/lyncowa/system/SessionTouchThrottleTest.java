package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** Page views within a minute write nothing; answers, id changes and later visits are written as before. */
class SessionTouchThrottleTest {

    JdbcTemplate db;
    SessionRepository<Session> sessions;

    @BeforeEach
    void repository() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/session-schema-h2.sql")).execute(source);
        db = new JdbcTemplate(source);
        JdbcIndexedSessionRepository plain = new JdbcIndexedSessionRepository(db,
                new TransactionTemplate(new DataSourceTransactionManager(source)));
        plain.setDefaultMaxInactiveInterval(Duration.ofHours(8)); // the app's default (LYNCOWA_SESSION_TIMEOUT)
        SessionTouchThrottle throttle = new SessionTouchThrottle();
        assertThat(throttle.active()).as("Spring Session's JdbcSession accessors").isTrue();
        @SuppressWarnings("unchecked") // JdbcSession is package-private: seen as a Session, as the filter sees it
        SessionRepository<Session> proxied = (SessionRepository<Session>) throttle.postProcessAfterInitialization(plain, "sessionRepository");
        assertThat(proxied).isInstanceOf(JdbcIndexedSessionRepository.class);
        sessions = proxied;
    }

    long storedLastAccess(String id) {
        return db.queryForObject("select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = ?", Long.class, id);
    }

    @Test
    void aPageViewSoonAfterTheLastWritesNothingAndEverythingElseIsWritten() {
        Session created = sessions.createSession();
        created.setAttribute("answer", "one");
        sessions.save(created);
        String id = created.getId();
        long first = storedLastAccess(id);

        // A page view 30 s later, as SessionRepositoryFilter does it: nothing written.
        Session read = sessions.findById(id);
        read.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(30));
        sessions.save(read);
        // The filter saves again when it returns (the first save ran when the response was committed).
        sessions.save(read);
        assertThat(storedLastAccess(id)).isEqualTo(first);

        // An answer saved: written at once, with the new access time.
        Session answered = sessions.findById(id);
        answered.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(40));
        answered.setAttribute("answer", "two");
        sessions.save(answered);
        assertThat(storedLastAccess(id)).isEqualTo(first + 40_000);
        assertThat((String) sessions.findById(id).getAttribute("answer")).isEqualTo("two");

        // A new id (Start, an import): written.
        Session renewed = sessions.findById(id);
        String newId = renewed.changeSessionId();
        sessions.save(renewed);
        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById(newId)).isNotNull();

        // A page view more than a minute after the stored time: written.
        Session later = sessions.findById(newId);
        later.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(40).plus(SessionTouchThrottle.INTERVAL).plusSeconds(1));
        sessions.save(later);
        assertThat(storedLastAccess(newId)).isEqualTo(first + 40_000 + SessionTouchThrottle.INTERVAL.toMillis() + 1_000);

        // A short idle timeout: the interval shrinks to 1 % of it (2 s → 20 ms), so a session in use never expires.
        Session shortLived = sessions.createSession();
        shortLived.setMaxInactiveInterval(Duration.ofSeconds(2));
        sessions.save(shortLived);
        long stored = storedLastAccess(shortLived.getId());
        Session touched = sessions.findById(shortLived.getId());
        touched.setLastAccessedTime(Instant.ofEpochMilli(stored).plusMillis(50));
        sessions.save(touched);
        assertThat(storedLastAccess(shortLived.getId())).isEqualTo(stored + 50);

        // A changed idle timeout: written.
        Session timeout = sessions.findById(newId);
        timeout.setMaxInactiveInterval(Duration.ofHours(1));
        sessions.save(timeout);
        assertThat(db.queryForObject("select MAX_INACTIVE_INTERVAL from SPRING_SESSION where SESSION_ID = ?", Integer.class, newId))
                .isEqualTo(3600);
    }
}
