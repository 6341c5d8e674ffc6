package org.lyncowa.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The URL-rewriting filter that Boot adds when a resource chain is enabled is not used: the layout
 * takes its versioned URLs from {@link StaticAssets}, resolved once. The filter was the largest cost
 * of every page: it looked up each page link as a static resource in every jar and cached only hits
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
