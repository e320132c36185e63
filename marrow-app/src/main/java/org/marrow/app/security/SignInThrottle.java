package org.marrow.app.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock a user out (OWASP Authentication Cheat Sheet, "Login
 * Throttling"; NIST SP 800-63B 5.2.2). Every sign-in attempt is counted, in the database, before its password is
 * checked, under three keys: the user name, the client address, and both. The first {@value #FREE_ATTEMPTS}
 * attempts of a key since its last success go through; after that each attempt must wait a delay that doubles
 * with every attempt, from 1 second up to {@link #MAX_DELAY}, counted from the key's previous attempt. An attempt
 * is refused unchecked while its address, or its user name at that address, must wait; the user name's own delay
 * holds only at addresses that have failed themselves, so a user name under attack still signs in from a clean
 * address. A success clears the user name, the address and the pair. Counts older than {@link #FORGET} are
 * forgotten. Parallel attempts are counted one after the other (row locks), so thirty at once cannot all be
 * checked.
 */
@Component
class SignInThrottle {
    /** Attempts of a user name, or of a user name at an address, that go through without delay. */
    static final int FREE_ATTEMPTS = 5;
    /** Attempts from an address, whatever the user name, that go through without delay. */
    static final int FREE_PER_ADDRESS = 20;
    /** The longest delay. */
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A key's count is forgotten after this long without an attempt. */
    static final Duration FORGET = Duration.ofHours(24);

    private enum Scope {
        USER,
        ADDRESS,
        USER_ADDRESS
    }

    /** A key's attempts before this one, and when the last of them was. */
    private record Before(Scope scope, String key, int attempts, Instant last) {
        Instant allowedFrom() {
            int free = scope == Scope.ADDRESS ? FREE_PER_ADDRESS : FREE_ATTEMPTS;
            return attempts < free ? Instant.MIN : last.plus(delay(attempts - free + FREE_ATTEMPTS));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /**
     * The delay after a number of attempts: none below {@value #FREE_ATTEMPTS}, then 1, 2, 4, ... seconds, at most
     * {@link #MAX_DELAY}.
     *
     * @param attempts attempts since the last success
     * @return the delay
     */
    static Duration delay(int attempts) {
        if (attempts < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int exponent = Math.min(attempts - FREE_ATTEMPTS, 20);
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * Counts an attempt, committed at once, and says how long it must still wait.
     *
     * @param username the user name given
     * @param address the client's address
     * @return zero if the password may be checked now, else the time left to wait
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration attempt(String username, String address) {
        Instant now = clock.instant();
        String user = key(username);
        Before byUser = lock(Scope.USER, user, now);
        Before byAddress = lock(Scope.ADDRESS, address, now);
        Before byPair = lock(Scope.USER_ADDRESS, user + " " + address, now);
        Instant allowed = max(byAddress.allowedFrom(), byPair.allowedFrom());
        if (byAddress.attempts() > 0) {
            allowed = max(allowed, byUser.allowedFrom());
        }
        if (allowed.isAfter(now)) {
            return Duration.between(now, allowed);
        }
        for (Before b : new Before[] {byUser, byAddress, byPair}) {
            jdbc.sql("UPDATE sign_in_throttle SET attempts = ?, last_attempt = ? WHERE scope = ? AND key = ?")
                    .params(b.attempts() + 1, Timestamp.from(now), b.scope().name(), b.key())
                    .update();
        }
        return Duration.ZERO;
    }

    /**
     * Clears the counts after a successful sign-in.
     *
     * @param username the user name
     * @param address the client's address
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        String user = key(username);
        jdbc.sql("DELETE FROM sign_in_throttle WHERE (scope = 'USER' AND key = ?) OR (scope = 'ADDRESS' AND key = ?)"
                        + " OR (scope = 'USER_ADDRESS' AND key = ?)")
                .params(user, address, user + " " + address)
                .update();
    }

    /** Locks a key's row (made if missing) for the rest of the attempt's transaction and reads it. */
    private Before lock(Scope scope, String key, Instant now) {
        jdbc.sql("INSERT INTO sign_in_throttle (scope, key, attempts, last_attempt) VALUES (?, ?, 0, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(scope.name(), key, Timestamp.from(now))
                .update();
        Before before = jdbc.sql("SELECT attempts, last_attempt FROM sign_in_throttle WHERE scope = ? AND key = ?"
                        + " FOR UPDATE")
                .params(scope.name(), key)
                .query((rs, n) ->
                        new Before(scope, key, rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .single();
        return before.last().plus(FORGET).isBefore(now) ? new Before(scope, key, 0, before.last()) : before;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        String k = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }
}
