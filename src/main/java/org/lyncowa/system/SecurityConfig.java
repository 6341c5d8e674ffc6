package org.lyncowa.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The wizard has no accounts: every page is open, but forms carry CSRF tokens, pages may not be
 * framed, and the Content-Security-Policy allows nothing but our own origin (no inline script or
 * style). The API is stateless and exempt from CSRF.
 *
 * <p>The CSRF token lives in an HttpOnly cookie (double submit: the form's token must match the
 * cookie's), not in the HTTP session: the session-backed store created a session row for every
 * page with a form, the start page included, so each passer-by cost disk. A cookie costs the
 * server nothing. The form field is masked per page (Spring Security's default), the cookie is
 * SameSite=Lax, HttpOnly and Secure behind TLS like the session cookie; a page on another site
 * can neither read it nor send the matching form field.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(csrfTokens()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                // A form posted with a token from a session that has since expired: the journey
                // recovery page explains and offers a way on, instead of a 403 error page.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/recovery")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        // Secure follows request.isSecure(), which the trusted proxy's X-Forwarded-Proto sets.
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        tokens.setCookieName(CSRF_COOKIE);
        return tokens;
    }

    /** The CSRF cookie's name. */
    public static final String CSRF_COOKIE = "LYNCOWA_CSRF";

    /** No users: stops Boot from creating a default user with a generated password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
