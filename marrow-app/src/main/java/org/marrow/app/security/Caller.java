package org.marrow.app.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user behind the current request.
 *
 * @param userId the user's id
 * @param username the user's login name, as written in the audit trail
 * @param roles the user's roles
 */
public record Caller(long userId, String username, Set<Role> roles) {

    /**
     * Copies the roles.
     *
     * @throws NullPointerException if a component is null
     */
    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * Whether the caller sees every site (admin, statistician) rather than only member sites.
     *
     * @return true for all sites
     */
    public boolean seesAllSites() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.STATISTICIAN);
    }

    /**
     * The authenticated caller of the current thread.
     *
     * @return the caller
     * @throws IllegalStateException if no Marrow user is authenticated
     */
    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MarrowUser user) {
            return user.caller();
        }
        throw new IllegalStateException("No authenticated Marrow user");
    }

    /**
     * The name of the authenticated user, or a fallback for work outside a request (the command line).
     *
     * @param fallback e.g. {@code "cli"}
     * @return the user name
     */
    public static String currentName(String fallback) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MarrowUser user) {
            return user.getUsername();
        }
        return fallback;
    }
}
