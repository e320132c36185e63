package org.marrow.app.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marrow.app.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins in the audit trail (21 CFR 11.10(d), limiting access; 11.300(d), reporting attempts at unauthorized
 * use): every failed and every throttled attempt, and every sign-in to the pages, as a {@code sign_in_event} row
 * audited in its own transaction, so a refused request leaves its trace.
 */
@Component
class SignInEvents {
    /** What became of a sign-in attempt. */
    enum Outcome {
        SIGNED_IN,
        FAILED,
        THROTTLED
    }

    /** A user name as given, cut to 200 characters, control characters and lone surrogates shown as U+FFFD. */
    static String clean(String username) {
        if (username == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        username.codePoints()
                .limit(200)
                .forEach(cp ->
                        b.appendCodePoint(Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp));
        return b.toString();
    }

    /** The actor of an audit row written for someone not signed in. */
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SignInEvents(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Records an attempt.
     *
     * @param username the user name given
     * @param address the client's address
     * @param outcome what became of it
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String address, Outcome outcome) {
        String name = clean(username);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = jdbc.sql("INSERT INTO sign_in_event (at, username, address, outcome) VALUES (?, ?, ?, ?)"
                        + " RETURNING id")
                .params(Timestamp.from(at), name, address, outcome.name())
                .query(Long.class)
                .single();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", name);
        row.put("address", address);
        row.put("outcome", outcome.name());
        row.put("at", at.toString());
        audit.insertedBy(outcome == Outcome.SIGNED_IN ? name : ANONYMOUS, "sign_in_event", id, row);
    }
}
