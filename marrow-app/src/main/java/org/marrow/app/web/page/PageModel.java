package org.marrow.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Role;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.marrow.app.web.StaleEditException;
import org.marrow.clinical.message.MessageRenderer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page shows (who is logged in, what they may do, the language switch, the renderer of
 * the domain's messages in the page's language) and the error pages, for every {@link PageController}.
 * Ordered before the API's JSON error advice, which would otherwise answer page requests too.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

    /**
     * The logged-in user as the pages need it.
     *
     * @param username the login name
     * @param enters whether the user enters source data and answers queries (investigator, coordinator)
     * @param monitors whether the user raises and closes queries (monitor)
     */
    record Me(String username, boolean enters, boolean monitors) {
        static Me of(Caller c) {
            return new Me(
                    c.username(),
                    c.roles().contains(Role.INVESTIGATOR) || c.roles().contains(Role.COORDINATOR),
                    c.roles().contains(Role.MONITOR));
        }
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("renderer", MessageRenderer.of(locale));
        try {
            model.addAttribute("me", Me.of(Caller.current()));
        } catch (IllegalStateException e) {
            model.addAttribute("me", null);
        }
        model.addAttribute("here", request.getRequestURI());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        model.addAttribute("detail", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String denied(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.denied");
        model.addAttribute("detail", null);
        return "error-page";
    }

    @ExceptionHandler({ConflictException.class, StaleEditException.class})
    String conflict(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", "error.conflict");
        model.addAttribute("detail", e.getMessage());
        return "error-page";
    }
}
