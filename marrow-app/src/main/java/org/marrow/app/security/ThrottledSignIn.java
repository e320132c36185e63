package org.marrow.app.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password sign-in (HTTP basic and the login page): counted by {@link SignInThrottle} before the password
 * is checked, refused unchecked while it must wait ({@link Throttled}), then checked with bcrypt; failures and
 * throttled attempts go to the audit trail ({@link SignInEvents}).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {
    private final SignInThrottle throttle;
    private final SignInEvents events;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, SignInEvents events, Users users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.events = events;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    /** A sign-in refused without checking its password, because it came too soon after failures. */
    static final class Throttled extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        private final Duration wait;

        Throttled(Duration wait) {
            super("Too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " s");
            this.wait = wait;
        }

        /**
         * How long to wait.
         *
         * @return the time left
         */
        Duration retryAfter() {
            return wait;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                        ? d.getRemoteAddress()
                        : "unknown";
        Duration wait = throttle.attempt(username, address);
        if (!wait.isZero()) {
            events.record(username, address, SignInEvents.Outcome.THROTTLED);
            throw new Throttled(wait);
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return done;
        } catch (BadCredentialsException | AccountStatusException e) {
            events.record(username, address, SignInEvents.Outcome.FAILED);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
