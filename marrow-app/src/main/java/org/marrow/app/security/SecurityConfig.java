package org.marrow.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two ways in over the same users: the API ({@code /api/**}) with a bearer token ({@link ApiTokens},
 * {@code POST /api/tokens}) or HTTP basic, stateless, so no cookie can carry a request forged by another site
 * (hence no CSRF token there); the pages with a form login and a session (cookie HttpOnly, SameSite=Lax, Secure
 * under HTTPS), with CSRF tokens on every form. Every password sign-in is throttled ({@link ThrottledSignIn}).
 * Role checks are on each endpoint ({@code @PreAuthorize}); site scoping is in each query. Every answer carries
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin}; under HTTPS also
 * {@code Strict-Transport-Security}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /**
     * A request the firewall refuses (an encoded NUL, {@code ..} in the path, a forbidden method): 400 with the
     * uniform error body, naming the path.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected() {
        return (request, response, rejected) -> Web.json(
                response, HttpServletResponse.SC_BAD_REQUEST, "path", "The request's path or method is not accepted");
    }

    /** The filter chains, only when serving HTTP (the command line starts the application without). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Web {
        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
            http.securityMatcher("/api/**")
                    .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                    .authorizeHttpRequests(a -> a.requestMatchers("/api/openapi/**", "/api/openapi")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .httpBasic(b -> b.authenticationEntryPoint(Web::unauthorized))
                    .exceptionHandling(e -> e.authenticationEntryPoint(Web::unauthorized)
                            .accessDeniedHandler((request, response, denied) -> json(
                                    response, HttpServletResponse.SC_FORBIDDEN, null, "Your role does not allow this")))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .headers(
                            h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                    .csrf(c -> c.disable());
            return http.build();
        }

        /**
         * The pages: a form login with a session; CSRF tokens on every form (Thymeleaf adds them to
         * each {@code th:action} form); the login page and the static assets open to all. A sign-in is audited;
         * a session ends when the password changes elsewhere or the user is disabled ({@link SessionEpochs}).
         */
        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http, Users users, SignInEvents events) throws Exception {
            SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
            landing.setDefaultTargetUrl("/studies");
            http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/error", "/css/**", "/js/**", "/favicon.svg")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .formLogin(f -> f.loginPage("/login")
                            .successHandler((request, response, auth) -> {
                                if (auth.getPrincipal() instanceof MarrowUser user) {
                                    SessionEpochs.renew(
                                            request.getSession(),
                                            users,
                                            user.caller().userId());
                                    events.record(
                                            user.getUsername(),
                                            auth.getDetails() instanceof WebAuthenticationDetails d
                                                    ? d.getRemoteAddress()
                                                    : request.getRemoteAddr(),
                                            SignInEvents.Outcome.SIGNED_IN);
                                }
                                landing.onAuthenticationSuccess(request, response, auth);
                            })
                            .failureUrl("/login?error")
                            .permitAll())
                    .addFilterAfter(new SessionEpochs(users), AnonymousAuthenticationFilter.class)
                    .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                    .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                    .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                            .contentSecurityPolicy(c -> c.policyDirectives(
                                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                            + " form-action 'self'; frame-ancestors 'none'")));
            return http.build();
        }

        /** 401 with the uniform error body; with Retry-After for a throttled sign-in. */
        private static void unauthorized(
                jakarta.servlet.http.HttpServletRequest request,
                HttpServletResponse response,
                AuthenticationException e)
                throws IOException {
            if (e instanceof ThrottledSignIn.Throttled t) {
                response.setHeader(
                        "Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
                json(response, HttpServletResponse.SC_UNAUTHORIZED, "Authorization", t.getMessage());
                return;
            }
            json(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Authorization",
                    "Sign-in required: a bearer token (POST /api/tokens) or the user name and password");
        }

        static void json(HttpServletResponse response, int status, String field, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.getOutputStream()
                    .write(("{\"field\":" + (field == null ? "null" : "\"" + field + "\"") + ",\"value\":null,"
                                    + "\"message\":\"" + message.replace("\"", "'") + "\",\"status\":" + status + "}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}
