package org.marrow.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in over the same users: the API ({@code /api/**}) with a bearer token ({@link ApiTokens},
 * {@code POST /api/tokens}) or HTTP basic, stateless, so no cookie
 * can carry a request forged by another site (hence no CSRF token there); the pages with a form login
 * and a session, with CSRF tokens on every form. Role checks are on each endpoint
 * ({@code @PreAuthorize}); site scoping is in each query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
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
                    .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable());
            return http.build();
        }

        /**
         * The pages: a form login with a session; CSRF tokens on every form (Thymeleaf adds them to
         * each {@code th:action} form); the login page and the static assets open to all.
         */
        @Bean
        @Order(2)
        SecurityFilterChain pages(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/error", "/css/**", "/favicon.svg")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .formLogin(f -> f.loginPage("/login")
                            .defaultSuccessUrl("/studies", false)
                            .failureUrl("/login?error")
                            .permitAll())
                    .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                    .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                    + " form-action 'self'; frame-ancestors 'none'")));
            return http.build();
        }
    }
}
