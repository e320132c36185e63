package org.marrow.app.security;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: accounts, for admins; {@code /api/me} for everyone. */
@RestController
class UserController {
    private final Users users;
    private final Passwords passwords;

    UserController(Users users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /**
     * A change of one's own password.
     *
     * @param current the current (or one-time) password
     * @param replacement the new password
     */
    record PasswordChange(String current, String replacement) {}

    /**
     * A new account.
     *
     * @param username the login name
     * @param displayName the name shown
     * @param password the first password
     * @param roles the roles
     * @param siteIds the member sites
     * @param oneTimePassword whether the user must replace the password first (default true: the admin
     *     knows it)
     */
    record NewUser(
            String username,
            String displayName,
            String password,
            Set<Role> roles,
            List<Long> siteIds,
            Boolean oneTimePassword) {}

    /**
     * A site membership to add.
     *
     * @param siteId the site
     * @param reason why
     */
    record Membership(Long siteId, String reason) {}

    @GetMapping("/api/me")
    @PreAuthorize("isAuthenticated()")
    Users.Account me() {
        return users.find(Caller.current().userId());
    }

    /**
     * Changes the caller's own password; the way out of a one-time password for API users. 400 naming
     * {@code current} if it is wrong, {@code replacement} if too short or unchanged.
     */
    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("isAuthenticated()")
    void changePassword(@RequestBody PasswordChange change) {
        Long token = org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication()
                        instanceof BearerTokenFilter.TokenAuthentication t
                ? t.tokenId()
                : null;
        passwords.change(Caller.current().userId(), change.current(), change.replacement(), token);
    }

    /**
     * Why a user is disabled or enabled.
     *
     * @param reason the reason, for the audit trail
     */
    record StatusChange(String reason) {}

    /**
     * Disables a user: no sign-in, API tokens revoked, page sessions ended at their next request. 409 for the
     * caller's own account or the last enabled administrator.
     */
    @PostMapping("/api/users/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    Users.Account disable(@PathVariable long id, @RequestBody StatusChange change) {
        return users.setEnabled(id, false, change.reason(), Caller.current());
    }

    /** Enables a disabled user again (the tokens revoked at the disable stay revoked). */
    @PostMapping("/api/users/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    Users.Account enable(@PathVariable long id, @RequestBody StatusChange change) {
        return users.setEnabled(id, true, change.reason(), Caller.current());
    }

    @GetMapping("/api/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<Users.Account> list() {
        return users.list();
    }

    @PostMapping("/api/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Users.Account create(@RequestBody NewUser u) {
        return users.create(
                u.username(),
                u.displayName(),
                u.password(),
                u.roles(),
                u.siteIds(),
                u.oneTimePassword() == null || u.oneTimePassword());
    }

    @PostMapping("/api/users/{id}/sites")
    @PreAuthorize("hasRole('ADMIN')")
    Users.Account addSite(@PathVariable long id, @RequestBody Membership m) {
        if (m.siteId() == null) {
            throw org.marrow.app.web.BadValueException.of("site_id", null, "the id of an existing site");
        }
        return users.addSite(id, m.siteId(), m.reason());
    }
}
