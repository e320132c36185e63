package org.marrow.app.security;

import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A Marrow user as Spring Security holds it: the login details and the {@link Caller}. */
final class MarrowUser extends User {
    private static final long serialVersionUID = 1L;

    private final Caller caller;

    MarrowUser(Caller caller, String passwordHash, boolean enabled, boolean locked) {
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
    }

    Caller caller() {
        return caller;
    }

    static MarrowUser of(long id, String username, String hash, boolean enabled, boolean locked, Set<Role> roles) {
        return new MarrowUser(new Caller(id, username, roles), hash, enabled, locked);
    }
}
