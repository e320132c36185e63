package org.marrow.app.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.study.Site;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users: accounts with hashed passwords, roles and site memberships. Passwords are never stored
 * or logged in clear; the audit trail records a user's name, roles and sites, never the hash.
 */
@Service
public class Users implements UserDetailsService {
    /** The shortest password accepted ({@link PasswordPolicy}). */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final ApiTokens tokens;

    Users(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.tokens = tokens;
    }

    /**
     * A user account as shown by the API.
     *
     * @param id the id
     * @param username the login name
     * @param displayName the name shown
     * @param enabled whether the user may log in
     * @param mustChangePassword whether the password is still a one-time password (the API then answers
     *     only {@code /api/me} and {@code POST /api/me/password})
     * @param roles the roles
     * @param siteIds the sites the user is a member of
     */
    public record Account(
            long id,
            String username,
            String displayName,
            boolean enabled,
            boolean mustChangePassword,
            Set<Role> roles,
            List<Long> siteIds) {}

    /**
     * Creates a user.
     *
     * @param username the login name: lower-case letters, digits, {@code . _ -}, 2 to 64 characters
     * @param displayName the name shown, not blank
     * @param password the password, at least {@value #MIN_PASSWORD_LENGTH} characters
     * @param roles at least one role
     * @param siteIds the sites the user belongs to (each must exist)
     * @return the account
     * @throws BadValueException if a value breaks its rule
     * @throws ConflictException if the user name is taken
     */
    @Transactional
    public Account create(String username, String displayName, String password, Set<Role> roles, List<Long> siteIds) {
        return create(username, displayName, password, roles, siteIds, false);
    }

    /**
     * Creates a user whose password may be one-time: a password someone else chose or generated, which
     * the user must replace before anything else (pages and API).
     *
     * @param username the login name: lower-case letters, digits, {@code . _ -}, 2 to 64 characters
     * @param displayName the name shown, not blank
     * @param password the password ({@link PasswordPolicy})
     * @param roles at least one role
     * @param siteIds the sites the user belongs to (each must exist)
     * @param oneTime whether the password is one-time
     * @return the account
     * @throws BadValueException if a value breaks its rule
     * @throws ConflictException if the user name is taken
     */
    @Transactional
    public Account create(
            String username,
            String displayName,
            String password,
            Set<Role> roles,
            List<Long> siteIds,
            boolean oneTime) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BadValueException.of(
                    "username",
                    username,
                    "2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (displayName == null || displayName.isBlank()) {
            throw BadValueException.of("display_name", displayName, "a name to show");
        }
        PasswordPolicy.check("password", username, password);
        if (roles == null || roles.isEmpty()) {
            throw BadValueException.of("roles", roles, "at least one of " + List.of(Role.values()));
        }
        if (jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("username", username, "User name '" + username + "' is taken");
        }
        long id = jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, must_change_password)"
                        + " VALUES (?, ?, ?, ?) RETURNING id")
                .params(username, displayName, encoder.encode(password), oneTime)
                .query(Long.class)
                .single();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        for (Long siteId : siteIds == null ? List.<Long>of() : siteIds) {
            addMembership(id, siteId);
        }
        Account account = find(id);
        audit.inserted("app_user", id, account, null);
        return account;
    }

    /**
     * Makes a user a member of a site.
     *
     * @param userId the user
     * @param siteId the site
     * @param reason why
     * @return the account after the change
     * @throws NotFoundException if the user or site does not exist
     */
    @Transactional
    public Account addSite(long userId, long siteId, String reason) {
        Account before = find(userId);
        addMembership(userId, siteId);
        Account after = find(userId);
        audit.updated("app_user", userId, before, after, reason);
        return after;
    }

    private void addMembership(long userId, long siteId) {
        if (jdbc.sql("SELECT count(*) FROM site WHERE id = ?")
                        .param(siteId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw BadValueException.of("site_ids", siteId, "the id of an existing site");
        }
        jdbc.sql("INSERT INTO site_member (user_id, site_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(userId, siteId)
                .update();
    }

    /**
     * Whether any administrator exists (the first one is created from the command line).
     *
     * @return true if there is an admin
     */
    @Transactional(readOnly = true)
    public boolean hasAdmin() {
        return jdbc.sql("SELECT count(*) FROM user_role WHERE role = 'ADMIN'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The sites a caller sees, in the given order: every site for an administrator or statistician,
     * otherwise the caller's member sites (what filters and forms offer).
     *
     * @param caller the caller
     * @param sites every site
     * @return the sites the caller sees
     * @throws NotFoundException if the caller's account no longer exists
     */
    @Transactional(readOnly = true)
    public List<Site> sitesSeenBy(Caller caller, List<Site> sites) {
        if (caller.seesAllSites()) {
            return sites;
        }
        List<Long> mine = find(caller.userId()).siteIds();
        return sites.stream().filter(s -> mine.contains(s.id())).toList();
    }

    /**
     * A user's account.
     *
     * @param id the user's id
     * @return the account
     * @throws NotFoundException if there is no such user
     */
    @Transactional(readOnly = true)
    public Account find(long id) {
        return list().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("user " + id, id));
    }

    /**
     * Every account, by id.
     *
     * @return the accounts
     */
    @Transactional(readOnly = true)
    public List<Account> list() {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_role").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString(2)));
        });
        Map<Long, List<Long>> sites = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, site_id FROM site_member ORDER BY site_id").query(rs -> {
            sites.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(rs.getLong(2));
        });
        return jdbc.sql("SELECT id, username, display_name, enabled, must_change_password FROM app_user ORDER BY id")
                .query((rs, n) -> new Account(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        roles.getOrDefault(rs.getLong(1), Set.of()),
                        sites.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        List<MarrowUser> found = jdbc.sql(
                        "SELECT id, username, password_hash, enabled, must_change_password FROM app_user"
                                + " WHERE username = ?")
                .param(username)
                .query((rs, n) -> MarrowUser.of(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        false,
                        rs.getBoolean(5),
                        rolesOf(rs.getLong(1))))
                .list();
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("No user " + username);
        }
        return found.get(0);
    }

    /**
     * Disables or re-enables a user. A disabled user cannot sign in; their API tokens are revoked (each revocation
     * audited) and their page sessions end at their next request. An administrator cannot disable themselves, nor
     * the last enabled administrator.
     *
     * @param userId the user
     * @param enabled true to enable, false to disable
     * @param reason why ({@link org.marrow.app.audit.ReasonForChange})
     * @param caller the administrator
     * @return the account after the change
     * @throws NotFoundException if there is no such user
     * @throws BadValueException if the reason is missing
     * @throws ConflictException if the change would leave no enabled administrator, or is the caller's own
     */
    @Transactional
    public Account setEnabled(long userId, boolean enabled, String reason, Caller caller) {
        jdbc.sql("SELECT id FROM app_user WHERE id = ? FOR UPDATE")
                .param(userId)
                .query(Long.class)
                .optional();
        Account before = find(userId);
        if (!enabled && caller != null && caller.userId() == userId) {
            throw new ConflictException("id", userId, "An administrator cannot disable their own account");
        }
        if (!enabled
                && before.roles().contains(Role.ADMIN)
                && jdbc.sql("SELECT count(*) FROM app_user u JOIN user_role r ON r.user_id = u.id"
                                        + " WHERE r.role = 'ADMIN' AND u.enabled AND u.id <> ?")
                                .param(userId)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new ConflictException(
                    "id", userId, "User " + before.username() + " is the last enabled administrator");
        }
        jdbc.sql("UPDATE app_user SET enabled = ?, session_epoch = session_epoch + ?, version = version + 1"
                        + " WHERE id = ?")
                .params(enabled, enabled ? 0 : 1, userId)
                .update();
        Account after = find(userId);
        audit.updated("app_user", userId, before, after, reason);
        if (!enabled) {
            tokens.revokeAll(userId, "user disabled: " + reason.strip());
        }
        return after;
    }

    /**
     * A user's id by login name.
     *
     * @param username the login name
     * @return the id
     * @throws NotFoundException if there is no such user
     */
    @Transactional(readOnly = true)
    public long idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("user '" + username + "'", username));
    }

    /**
     * The session epoch of an enabled user: it changes when the password changes or the user is disabled, which
     * ends the user's page sessions opened before.
     *
     * @param userId the user
     * @return the epoch, or empty if the user is disabled or gone
     */
    @Transactional(readOnly = true)
    public java.util.OptionalInt sessionEpoch(long userId) {
        return jdbc.sql("SELECT session_epoch FROM app_user WHERE id = ? AND enabled")
                .param(userId)
                .query(Integer.class)
                .optional()
                .map(java.util.OptionalInt::of)
                .orElse(java.util.OptionalInt.empty());
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }
}
