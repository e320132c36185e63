package org.marrow.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins in a row a user name is locked
 * for {@link #LOCK} (answered like a wrong password, so the lock does not confirm the name). A
 * successful login resets the count. Kept in memory: a restart clears it.
 */
@Component
class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < MAX_FAILURES) {
            return false;
        }
        if (f.last().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(key(username), f);
            return false;
        }
        return true;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        failures.merge(
                key(String.valueOf(event.getAuthentication().getName())),
                new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
