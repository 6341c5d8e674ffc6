package org.lyncowa.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language follows the browser (Accept-Language) among the languages we have (English,
 * Korean); {@code ?lang=ko} / {@code ?lang=en} switches it and a cookie remembers the choice. The
 * answers live in the session, so switching keeps them.
 */
@Configuration
public class LocaleConfig implements WebMvcConfigurer {

    public static final String PARAM = "lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SecureBehindTls("LYNCOWA_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                Locale locale = preferred.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(locale.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    /**
     * The language cookie is Secure when the request came over TLS (directly or, through
     * X-Forwarded-Proto, from a trusted proxy), like the session and CSRF cookies; a fixed
     * setting would either break plain-HTTP use or leak the cookie over HTTP behind TLS.
     */
    static final class SecureBehindTls extends CookieLocaleResolver {

        SecureBehindTls(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                LocaleContext localeContext) {
            if (response == null || !request.isSecure()) {
                super.setLocaleContext(request, response, localeContext);
                return;
            }
            super.setLocaleContext(request, new HttpServletResponseWrapper(response) {
                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, "Set-Cookie".equalsIgnoreCase(name) && !value.contains("; Secure")
                            ? value + "; Secure" : value);
                }
            }, localeContext);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                // Only the languages we have; anything else is ignored rather than stored.
                Locale asked = super.parseLocaleValue(localeValue);
                return asked != null && SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(asked.getLanguage()))
                        ? new Locale(asked.getLanguage()) : null;
            }
        };
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
