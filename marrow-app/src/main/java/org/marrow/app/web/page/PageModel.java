package org.marrow.app.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Role;
import org.marrow.app.web.BadValueException;
import org.marrow.app.web.ConflictException;
import org.marrow.app.web.NotFoundException;
import org.marrow.app.web.StaleEditException;
import org.marrow.clinical.message.MessageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every page shows (who is logged in, what they may do, the language switch, the renderer of
 * the domain's messages in the page's language) and the error pages, for every {@link PageController}.
 * Ordered before the API's JSON error advice, which would otherwise answer page requests too.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {
    private static final Logger LOG = LoggerFactory.getLogger(PageModel.class);

    /**
     * The logged-in user as the pages need it.
     *
     * @param username the login name
     * @param enters whether the user enters source data and answers queries (investigator, coordinator)
     * @param monitors whether the user raises and closes queries (monitor)
     * @param restores whether the user restores voided records (administrator)
     */
    record Me(String username, boolean enters, boolean monitors, boolean restores) {
        static Me of(Caller c) {
            return new Me(
                    c.username(),
                    c.roles().contains(Role.INVESTIGATOR) || c.roles().contains(Role.COORDINATOR),
                    c.roles().contains(Role.MONITOR),
                    c.roles().contains(Role.ADMIN));
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

    /**
     * Fills the model of the error page.
     *
     * @param model the model
     * @param status the HTTP status
     * @param reference the reference of a logged internal error, or null
     * @return the view name
     */
    static String errorPage(Model model, int status, String reference) {
        int shown =
                switch (status) {
                    case 400, 403, 404, 409, 500 -> status;
                    default -> status >= 500 ? 500 : 400;
                };
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "error." + shown + ".title");
        model.addAttribute("messageKey", "error." + shown + ".text");
        model.addAttribute("reference", reference);
        return "error-page";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        return errorPage(model, 404, null);
    }

    /**
     * A path variable that is not of its type ({@code /subjects/abc}) names no page: 404. A request parameter
     * of the wrong type is a bad request: 400.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        int status = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)
                ? 404
                : 400;
        response.setStatus(status);
        return errorPage(model, status, null);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, BadValueException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        return errorPage(model, 400, null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String denied(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        return errorPage(model, 403, null);
    }

    @ExceptionHandler({ConflictException.class, StaleEditException.class})
    String conflict(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(409);
        return errorPage(model, 409, null);
    }

    /** Anything unforeseen: 500, logged with a reference the user can quote. */
    @ExceptionHandler(Exception.class)
    String internal(Exception e, Model model, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse r
                && !r.getStatusCode().is5xxServerError()) {
            response.setStatus(r.getStatusCode().value());
            return errorPage(model, r.getStatusCode().value(), null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error on a page, reference {}", reference, e);
        response.setStatus(500);
        return errorPage(model, 500, reference);
    }
}
