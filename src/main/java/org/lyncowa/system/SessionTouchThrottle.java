package org.lyncowa.system;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Reading a page with a session writes nothing when the session was already touched in the last
 * {@link #INTERVAL}: Spring Session JDBC marks a session changed on every request (its last-access
 * time) and so ran an UPDATE, a commit and, with {@code WRITE_DELAY=0}, a file write per page view:
 * a quarter of a step page's CPU (bench/results/FINDINGS.md, section 6) and a growing H2 file.
 *
 * <p>A save is skipped only when nothing but the last-access time moved: the session was loaded by
 * {@code findById} (not new), its id and idle timeout are unchanged, no attribute was set or removed,
 * and the stored last-access time is less than {@link #INTERVAL} old. Every answer saved, Start, an
 * id change is written as before, at once. The cost: a session may time out up to {@link #INTERVAL}
 * before its full idle timeout (8 h by default). Should a Spring Session upgrade remove the package-
 * private accessors used here, every save is written, as before (and {@code SessionTouchThrottleTest} fails).
 */
final class SessionTouchThrottle implements BeanPostProcessor {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    /** What a session looked like when it was read, by session object (weak: sessions are per request). */
    private record Loaded(String id, Duration maxInactive, Instant lastAccessed) {
    }

    private final Map<Session, Loaded> loaded = Collections.synchronizedMap(new WeakHashMap<>());
    private final Method isNew;
    private final Method getDelta;

    SessionTouchThrottle() {
        Method newFlag = null;
        Method delta = null;
        try {
            Class<?> type = Class.forName(JdbcIndexedSessionRepository.class.getName() + "$JdbcSession");
            newFlag = type.getDeclaredMethod("isNew");
            delta = type.getDeclaredMethod("getDelta");
            newFlag.setAccessible(true);
            delta.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            newFlag = null;
            delta = null;
        }
        this.isNew = newFlag;
        this.getDelta = delta;
    }

    boolean active() {
        return isNew != null && getDelta != null;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository) || !active()) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            String method = invocation.getMethod().getName();
            if ("save".equals(method) && invocation.getArguments()[0] instanceof Session session && unchanged(session)) {
                return null;
            }
            Object result = invocation.proceed();
            if ("findById".equals(method) && result instanceof Session session) {
                loaded.put(session, new Loaded(session.getId(), session.getMaxInactiveInterval(), session.getLastAccessedTime()));
            }
            return result;
        });
        return proxy.getProxy();
    }

    /** {@link #INTERVAL}, or 1 % of the session's idle timeout when that is shorter (short test timeouts). */
    static Duration interval(Session session) {
        Duration share = session.getMaxInactiveInterval().dividedBy(100);
        return share.compareTo(INTERVAL) < 0 ? share : INTERVAL;
    }

    /** True when saving would only move the last-access time, and by less than the interval. */
    boolean unchanged(Session session) {
        // Kept, not removed: SessionRepositoryFilter saves twice per request (when the response is
        // committed and when the filter returns); the second save must be skipped too.
        Loaded before = loaded.get(session);
        if (before == null) {
            return false;
        }
        try {
            return !(Boolean) isNew.invoke(session)
                    && ((Map<?, ?>) getDelta.invoke(session)).isEmpty()
                    && before.id().equals(session.getId())
                    && before.maxInactive().equals(session.getMaxInactiveInterval())
                    && Duration.between(before.lastAccessed(), session.getLastAccessedTime()).compareTo(interval(session)) < 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
