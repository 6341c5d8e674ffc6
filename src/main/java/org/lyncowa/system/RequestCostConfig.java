package org.lyncowa.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Work every request paid for and nobody used (issue 17, bench/results/FINDINGS.md section 7).
 *
 * <p>Spring Security wraps each of its filters in a Micrometer observation as soon as an observation
 * registry exists (Actuator brings one): two observations per filter and request, which nothing here
 * records or exports (only {@code /actuator/health} is exposed). The filters themselves, and with
 * them every security header, are unchanged.
 *
 * <p>Thymeleaf keeps 500 parsed expressions by default and evicts the oldest: the pages hold more
 * than that (each {@code ${...}} takes two entries, Thymeleaf's and SpEL's), so a person going from
 * page to page made the engine parse most expressions again on each view.
 */
@Configuration(proxyBeanMethods = false)
class RequestCostConfig {

    /** Room for every expression of every page several times over. */
    static final int EXPRESSION_CACHE = 8192;

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static BeanPostProcessor templateEngineExpressionCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine && !engine.isInitialized()) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSION_CACHE);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
