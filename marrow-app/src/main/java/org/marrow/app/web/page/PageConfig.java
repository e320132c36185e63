package org.marrow.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Passwords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language and the one-time password rule. The language is English or Simplified Chinese:
 * the user's choice ({@code ?lang=zh-CN}, kept in a cookie for a year) or else the browser's
 * Accept-Language (any Chinese variant gives Simplified Chinese, anything else English).
 */
@Configuration(proxyBeanMethods = false)
class PageConfig implements WebMvcConfigurer {
    /** The languages of the pages, in the order the switch offers them. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final Passwords passwords;

    PageConfig(Passwords passwords) {
        this.passwords = passwords;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("marrow-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(PageConfig::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is the browser's problem, not the user's: fall back to English.
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return value != null && value.toLowerCase(Locale.ROOT).startsWith("zh")
                        ? Locale.SIMPLIFIED_CHINESE
                        : Locale.ENGLISH;
            }
        };
        language.setParamName("lang");
        registry.addInterceptor(language).excludePathPatterns("/api/**");
        registry.addInterceptor(new PasswordChangeFirst(passwords))
                .excludePathPatterns(
                        "/api/**", "/login", "/logout", "/account/password", "/css/**", "/js/**", "/error");
    }

    /** Sends a user with a one-time password to the password change page before any other page. */
    static final class PasswordChangeFirst implements HandlerInterceptor {
        private final Passwords passwords;

        PasswordChangeFirst(Passwords passwords) {
            this.passwords = passwords;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                return true;
            }
            Caller caller;
            try {
                caller = Caller.current();
            } catch (IllegalStateException e) {
                return true;
            }
            if (passwords.mustChange(caller.userId())) {
                response.sendRedirect(request.getContextPath() + "/account/password");
                return false;
            }
            return true;
        }
    }
}
