package org.lyncowa.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Webjar URLs without versions are resolved by the resource handler (webjars-locator-lite); the
 * URL-rewriting filter that Boot adds alongside is not needed, and it was the largest cost of every
 * page: it looked up each page link as a static resource in every jar and cached only hits
 * (bench/results/FINDINGS.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
