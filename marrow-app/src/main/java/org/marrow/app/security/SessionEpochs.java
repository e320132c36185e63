package org.marrow.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalInt;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session at its next request once the user's password changed (from another session) or the user was
 * disabled: a session remembers the user's session epoch from its sign-in; when the database's differs, or the
 * user is disabled, the session is invalidated and the browser sent to the login page. A password changed in
 * this very session renews its epoch ({@link #renew}), so it goes on.
 */
public final class SessionEpochs extends OncePerRequestFilter {
    private static final String ATTRIBUTE = SessionEpochs.class.getName() + ".epoch";

    private final Users users;

    SessionEpochs(Users users) {
        this.users = users;
    }

    /**
     * Remembers the user's current epoch in the session: at sign-in, and after a password change made in it.
     *
     * @param session the session
     * @param users the users
     * @param userId the user
     */
    public static void renew(HttpSession session, Users users, long userId) {
        OptionalInt epoch = users.sessionEpoch(userId);
        session.setAttribute(ATTRIBUTE, epoch.isPresent() ? epoch.getAsInt() : -1);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof MarrowUser user) {
            Object remembered = session.getAttribute(ATTRIBUTE);
            OptionalInt now = users.sessionEpoch(user.caller().userId());
            if (now.isEmpty() || !(remembered instanceof Integer e) || e != now.getAsInt()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
