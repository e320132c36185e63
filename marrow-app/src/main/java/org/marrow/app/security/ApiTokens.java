package org.marrow.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a password check (bcrypt, deliberately slow) once to obtain a token, then one indexed
 * lookup per request. A token is 32 random bytes from {@link SecureRandom} (base64url, prefixed
 * {@code mrw_}), shown once; the database keeps only its SHA-256, so a copy of the database does not
 * give access. Tokens expire ({@code marrow.api.token-ttl}, 12 hours unless configured; at most 30
 * days) and can be revoked; a disabled user's tokens stop working at once. Issue and revocation are
 * audited (never the token).
 */
@Service
public class ApiTokens {
    /** The longest lifetime a token can be given. */
    public static final Duration MAX_TTL = Duration.ofDays(30);

    private static final String PREFIX = "mrw_";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Duration defaultTtl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditTrail audit, @Value("${marrow.api.token-ttl:PT12H}") Duration defaultTtl) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.defaultTtl = defaultTtl;
        this.clock = Clock.systemUTC();
    }

    /**
     * A token as issued: the secret, shown only in this response.
     *
     * @param id the token's id (to revoke it)
     * @param token the bearer token
     * @param expiresAt when it stops working
     */
    public record Issued(long id, String token, Instant expiresAt) {}

    /**
     * A token as listed, without its secret.
     *
     * @param id the id
     * @param userId the owner
     * @param label the label given at issue
     * @param createdAt when issued
     * @param expiresAt when it stops working
     * @param revokedAt when revoked, null if not
     */
    public record Token(long id, long userId, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {}

    /**
     * Issues a token to the caller.
     *
     * @param caller the caller (authenticated by password)
     * @param label a label to recognise the token by, may be null
     * @param ttlSeconds its lifetime in seconds, or null for the default
     * @return the token
     * @throws BadValueException if the lifetime is not between 1 second and 30 days
     */
    @Transactional
    public Issued issue(Caller caller, String label, Long ttlSeconds) {
        Duration ttl = ttlSeconds == null ? defaultTtl : Duration.ofSeconds(ttlSeconds);
        if (ttlSeconds != null && (ttlSeconds < 1 || ttl.compareTo(MAX_TTL) > 0)) {
            throw BadValueException.of(
                    "expires_in_seconds",
                    ttlSeconds,
                    "a lifetime from 1 to " + MAX_TTL.toSeconds() + " seconds (30 days)");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(ttl);
        long id = jdbc.sql("INSERT INTO api_token (user_id, token_hash, label, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(
                        caller.userId(),
                        sha256(token),
                        label == null ? "" : label,
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .query(Long.class)
                .single();
        audit.inserted("api_token", id, describe(caller.userId(), label, expires, null), null);
        return new Issued(id, token, expires);
    }

    /**
     * The caller's tokens, newest first (an admin's list has only the admin's own).
     *
     * @param caller the caller
     * @return the tokens, without secrets
     */
    @Transactional(readOnly = true)
    public List<Token> list(Caller caller) {
        return jdbc.sql("SELECT id, user_id, label, created_at, expires_at, revoked_at FROM api_token"
                        + " WHERE user_id = ? ORDER BY id DESC")
                .param(caller.userId())
                .query((rs, n) -> new Token(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * Revokes a token: one of the caller's, or anyone's for an admin.
     *
     * @param caller the caller
     * @param id the token's id
     * @throws NotFoundException if there is no such token the caller may revoke
     */
    @Transactional
    public void revoke(Caller caller, long id) {
        boolean admin = caller.roles().contains(Role.ADMIN);
        Map<String, Object> row = jdbc
                .sql("SELECT user_id, label, expires_at, revoked_at FROM api_token"
                        + " WHERE id = ? AND (user_id = ? OR ?) FOR UPDATE")
                .params(id, caller.userId(), admin)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("token " + id, id));
        if (row.get("revoked_at") != null) {
            return;
        }
        markRevoked(
                id,
                ((Number) row.get("user_id")).longValue(),
                row,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                "revoked by " + caller.username());
    }

    /**
     * Revokes every unexpired token of a user, each revocation audited: a password reset ends every
     * session the old password opened.
     *
     * @param userId the user
     * @param reason why, for the audit trail
     * @return how many tokens were revoked
     */
    @Transactional
    public int revokeAll(long userId, String reason) {
        return revokeAllExcept(userId, null, reason);
    }

    /**
     * Revokes every unexpired token of a user but one, each revocation audited: a password change ends every
     * other session the old password opened.
     *
     * @param userId the user
     * @param keep the id of the token to keep, or null
     * @param reason why, for the audit trail
     * @return how many tokens were revoked
     */
    @Transactional
    public int revokeAllExcept(long userId, Long keep, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, label, expires_at FROM api_token"
                        + " WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? AND id <> ? ORDER BY id"
                        + " FOR UPDATE")
                .params(userId, Timestamp.from(now), keep == null ? -1L : keep)
                .query()
                .listOfRows();
        for (Map<String, Object> row : rows) {
            markRevoked(((Number) row.get("id")).longValue(), userId, row, now, reason);
        }
        return rows.size();
    }

    /** Revokes one token row (with {@code label} and {@code expires_at}) and audits the change. */
    private void markRevoked(long id, long owner, Map<String, Object> row, Instant now, String reason) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
        String label = (String) row.get("label");
        Instant expires = ((Timestamp) row.get("expires_at")).toInstant();
        audit.updated(
                "api_token", id, describe(owner, label, expires, null), describe(owner, label, expires, now), reason);
    }

    /**
     * The user a bearer token stands for, if the token is known, not expired, not revoked and its user
     * enabled.
     *
     * @param token the bearer token
     * @return the user
     */
    @Transactional(readOnly = true)
    Optional<Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT u.id, u.username,"
                        + " (SELECT string_agg(role, ',') FROM user_role WHERE user_id = u.id) AS roles,"
                        + " u.must_change_password, t.id"
                        + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled")
                .params(sha256(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    String list = rs.getString(3);
                    if (list != null) {
                        for (String r : list.split(",")) {
                            roles.add(Role.valueOf(r));
                        }
                    }
                    return new Bearer(
                            MarrowUser.of(rs.getLong(1), rs.getString(2), "", true, false, rs.getBoolean(4), roles),
                            rs.getLong(5));
                })
                .optional();
    }

    /** The user a token stands for, and the token's id. */
    record Bearer(MarrowUser user, long tokenId) {}

    private static Map<String, Object> describe(long userId, String label, Instant expires, Instant revoked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", userId);
        m.put("label", label == null ? "" : label);
        m.put("expires_at", expires.toString());
        m.put("revoked_at", revoked == null ? null : revoked.toString());
        return m;
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
