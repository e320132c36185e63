package org.marrow.app.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tokens}: issue (with the password, by HTTP basic), list and revoke API tokens. Use a
 * token as {@code Authorization: Bearer <token>}.
 */
@RestController
class TokenController {
    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(String label, Long expiresInSeconds) {}

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    ApiTokens.Issued issue(@RequestBody(required = false) NewToken body) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenFilter.TokenAuthentication) {
            throw new AccessDeniedException("A token cannot issue tokens; authenticate with the password");
        }
        NewToken t = body == null ? new NewToken(null, null) : body;
        return tokens.issue(Caller.current(), t.label(), t.expiresInSeconds());
    }

    @GetMapping("/api/tokens")
    @PreAuthorize("isAuthenticated()")
    List<ApiTokens.Token> list() {
        return tokens.list(Caller.current());
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    void revoke(@PathVariable long id) {
        tokens.revoke(Caller.current(), id);
    }
}
