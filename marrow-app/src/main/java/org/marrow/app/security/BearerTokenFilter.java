package org.marrow.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>} ({@link ApiTokens}); a
 * token that is unknown, expired or revoked is answered 401 at once, without falling back to another
 * scheme. Requests without a bearer token pass on (HTTP basic). Not a bean: it is placed in the API
 * filter chain only.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** An API request authenticated by a token (which cannot issue further tokens). */
    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private static final long serialVersionUID = 1L;

        private final transient MarrowUser user;
        private final long tokenId;

        TokenAuthentication(MarrowUser user, long tokenId) {
            super(user.getAuthorities());
            this.user = user;
            this.tokenId = tokenId;
            setAuthenticated(true);
        }

        /**
         * The id of the token the request came with.
         *
         * @return the id
         */
        long tokenId() {
            return tokenId;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Bearer> user =
                tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/json");
            response.getOutputStream()
                    .write(("{\"field\":\"Authorization\",\"value\":null,\"message\":"
                                    + "\"The bearer token is unknown, expired or revoked\",\"status\":401,"
                                    + "\"error\":\"Unauthorized\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(
                new TokenAuthentication(user.get().user(), user.get().tokenId()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }
}
