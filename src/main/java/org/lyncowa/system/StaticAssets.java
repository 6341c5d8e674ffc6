package org.lyncowa.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and the icon under URLs that name their content ({@code /css/app-<md5>.css}),
 * cached by browsers for a year as immutable: a changed file gets a new URL, and a page view after
 * the first fetches none of them again. Under their plain names ({@code /css/app.css}) the same files
 * are served with {@code no-cache}: a browser keeps them but asks again (304 when unchanged). Pages themselves stay uncached (Spring Security's
 * {@code no-store} headers, which it leaves off any response that already has a Cache-Control).
 *
 * <p>The layout asks {@link #url} for each link ({@code @{${@staticAssets.url('/css/app.css')}}}).
 * Each URL is resolved once and kept: Spring's URL-rewriting filter did the same work for every
 * link of every page and cost a third of a page's time (bench/results/FINDINGS.md, section 1).
 * Also a {@link WebMvcConfigurer}, so the controller test slices that render the layout have it.
 */
@Configuration(proxyBeanMethods = false)
public class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** The same files under their plain names ({@code /css/app.css}): kept, but asked again before each use. */
    static final CacheControl REVALIDATE = CacheControl.noCache();
    /** The {@code -<md5>} that {@link #url} puts before a file's extension. */
    private static final String HASHED = "-[0-9a-f]{32}";

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    StaticAssets(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Only a URL that names the content may be cached for good: the same file under its plain name
        // changes with the next release, so a browser must revalidate it (the more specific pattern wins).
        handler(registry, "/css/{file:.+" + HASHED + "\\.css}", "classpath:/static/css/", FOREVER);
        handler(registry, "/css/**", "classpath:/static/css/", REVALIDATE);
        handler(registry, "/js/{file:.+" + HASHED + "\\.js}", "classpath:/static/js/", FOREVER);
        handler(registry, "/js/**", "classpath:/static/js/", REVALIDATE);
        handler(registry, "/{file:favicon" + HASHED + "\\.ico}", "classpath:/static/", FOREVER);
        handler(registry, "/favicon*.ico", "classpath:/static/", REVALIDATE);
    }

    private static void handler(ResourceHandlerRegistry registry, String pattern, String location, CacheControl cache) {
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(cache)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** The content-versioned URL of a static file, e.g. {@code /css/app.css} → {@code /css/app-<md5>.css}. */
    public String url(String path) {
        return urls.computeIfAbsent(path, this::resolve);
    }

    private String resolve(String path) {
        String versioned = resourceUrls.getObject().getForLookupPath(path);
        if (versioned == null) {
            throw new IllegalArgumentException("no static file " + path);
        }
        return versioned;
    }
}
