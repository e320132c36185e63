package org.marrow.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.marrow.app.web.PasswordChangeRequiredException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one-time password rule of the API, as the pages have it: a user whose password was issued as
 * one-time (the demo user, an account an admin created or reset) may only read {@code /api/me} and
 * change the password with {@code POST /api/me/password}; every other API request, issuing a token
 * included, is refused with 403 and says how to go on. (A reset also revokes the user's tokens; a
 * token whose user is flagged is refused here all the same.) The flag is read with the user at
 * authentication, so the rule costs no query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiPasswordRule implements WebMvcConfigurer {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OneTimePasswordFirst())
                .addPathPatterns("/api/**")
                .excludePathPatterns("/api/me", "/api/me/password", "/api/openapi", "/api/openapi/**");
    }

    static final class OneTimePasswordFirst implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof MarrowUser user && user.mustChangePassword()) {
                throw new PasswordChangeRequiredException(user.getUsername());
            }
            return true;
        }
    }
}
