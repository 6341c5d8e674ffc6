package org.lyncowa.system;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A limit on live sessions ({@code lyncowa.sessions.max-live}, env {@code LYNCOWA_MAX_SESSIONS}):
 * when it is reached, a new session is refused with {@link SessionLimitReachedException}, which
 * {@link StorageFailureFilter} turns into a page that says so. People who already have a session
 * carry on; only new ones wait. Every place that creates a session goes through the session
 * repository's {@code createSession}, so that is where the limit sits.
 */
final class SessionLimit implements BeanPostProcessor {

    static final String MAX_PROPERTY = "lyncowa.sessions.max-live";

    private final Environment environment;
    private final ObjectProvider<DataSource> dataSource;
    private volatile JdbcTemplate jdbc;

    SessionLimit(Environment environment, ObjectProvider<DataSource> dataSource) {
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if ("createSession".equals(invocation.getMethod().getName())) {
                check();
            }
            return invocation.proceed();
        });
        return proxy.getProxy();
    }

    private void check() {
        long max = environment.getProperty(MAX_PROPERTY, Long.class, 10_000L);
        String table = environment.getProperty("spring.session.jdbc.table-name", "SPRING_SESSION");
        JdbcTemplate db = jdbc;
        if (db == null) {
            db = jdbc = new JdbcTemplate(dataSource.getObject());
        }
        Long live = db.queryForObject("select count(*) from " + table + " where EXPIRY_TIME >= ?", Long.class,
                System.currentTimeMillis());
        if (live != null && live >= max) {
            throw new SessionLimitReachedException(live, max);
        }
    }
}
