package org.marrow.app.security;

import org.marrow.app.audit.AuditTrail;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password changes by the user, and one-time passwords that must be changed at the next login. The
 * audit trail records that a password changed, never the password or its hash.
 */
@Service
public class Passwords {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final ApiTokens tokens;

    Passwords(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.tokens = tokens;
    }

    /**
     * Whether the user must change their password before doing anything else.
     *
     * @param userId the user
     * @return true for a one-time password not yet changed
     */
    @Transactional(readOnly = true)
    public boolean mustChange(long userId) {
        return jdbc.sql("SELECT must_change_password FROM app_user WHERE id = ?")
                .param(userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Sets a one-time password: the user must change it at the next login, and the user's API tokens
     * are revoked (a reset ends what the old password opened).
     *
     * @param userId the user
     * @param password the one-time password, at least {@value Users#MIN_PASSWORD_LENGTH} characters
     * @param reason why, for the audit trail
     * @throws BadValueException if the password is too short
     * @throws NotFoundException if there is no such user
     */
    @Transactional
    public void setOneTime(long userId, String password, String reason) {
        PasswordPolicy.check("password", username(userId), password);
        store(userId, password, true, reason);
        tokens.revokeAll(userId, "password reset: " + reason);
    }

    private String username(long userId) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("user " + userId, userId));
    }

    /**
     * Changes the caller's own password.
     *
     * @param userId the user
     * @param current the current password
     * @param replacement the new password ({@link PasswordPolicy}), different from the current one
     * @throws BadValueException naming {@code current} if it is wrong, {@code replacement} if it breaks the
     *     policy or is unchanged
     * @throws NotFoundException if there is no such user
     */
    @Transactional
    public void change(long userId, String current, String replacement) {
        change(userId, current, replacement, null);
    }

    /**
     * Changes the caller's own password and ends the user's other sessions and API tokens (each revocation
     * audited): whatever the old password opened closes, except the token the change was made with.
     *
     * @param userId the user
     * @param current the current password
     * @param replacement the new password ({@link PasswordPolicy}), different from the current one
     * @param keepToken the id of the API token the request came with, kept; null for none
     * @throws BadValueException naming {@code current} if it is wrong, {@code replacement} if it breaks the
     *     policy or is unchanged
     * @throws NotFoundException if there is no such user
     */
    @Transactional
    public void change(long userId, String current, String replacement, Long keepToken) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("user " + userId, userId));
        if (current == null || !encoder.matches(current, hash)) {
            throw new BadValueException("current", null, "your current password", "The current password is not right");
        }
        PasswordPolicy.check("replacement", username(userId), replacement);
        if (replacement.equals(current)) {
            throw new BadValueException(
                    "replacement",
                    null,
                    "a password other than the current one",
                    "The new password must differ from the current one");
        }
        store(userId, replacement, false, "password changed by the user");
        tokens.revokeAllExcept(userId, keepToken, "password changed by the user");
    }

    private void store(long userId, String password, boolean oneTime, String reason) {
        int rows = jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ?, version = version + 1,"
                        + " session_epoch = session_epoch + 1 WHERE id = ?")
                .params(encoder.encode(password), oneTime, userId)
                .update();
        if (rows == 0) {
            throw new NotFoundException("user " + userId, userId);
        }
        audit.updated(
                "app_user",
                userId,
                java.util.Map.of("password", "(not recorded)"),
                java.util.Map.of("password", oneTime ? "(one-time password set)" : "(changed)"),
                reason);
    }
}
