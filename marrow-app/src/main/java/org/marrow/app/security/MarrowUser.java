package org.marrow.app.security;

import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A Marrow user as Spring Security holds it: the login details and the {@link Caller}. */
final class MarrowUser extends User {
    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final boolean mustChangePassword;

    MarrowUser(Caller caller, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword) {
        super(
                caller.username(),
                passwordHash,
                enabled,
                true,
                true,
                !locked,
                caller.roles().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList());
        this.caller = caller;
        this.mustChangePassword = mustChangePassword;
    }

    /**
     * Whether the user still has a one-time password, read when the request was authenticated.
     *
     * @return true until the user has chosen their own password
     */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Caller caller() {
        return caller;
    }

    static MarrowUser of(
            long id,
            String username,
            String hash,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            Set<Role> roles) {
        return new MarrowUser(new Caller(id, username, roles), hash, enabled, locked, mustChangePassword);
    }
}
