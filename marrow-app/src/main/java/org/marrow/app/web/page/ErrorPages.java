package org.marrow.app.web.page;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.marrow.app.web.ApiError;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the server answers when no controller did (an unknown address, a refused CSRF token, a method not
 * allowed): under {@code /api} the API's JSON error body, anywhere else the branded error page in the page's
 * language (400, 403, 404, 500 and any other status). Replaces Spring Boot's Whitelabel page.
 */
@PageController
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    @PreAuthorize(PageAccess.ANYONE)
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String context = request.getContextPath();
        if (path.startsWith(context + "/api/") || path.equals(context + "/api")) {
            HttpStatus known = HttpStatus.resolve(status);
            String phrase = known == null ? "Error" : known.getReasonPhrase();
            String message = status == 404 ? "No such endpoint" : phrase;
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(null, null, message, status, phrase, null, null, null));
        }
        response.setStatus(status);
        model.addAttribute("here", path);
        return PageModel.errorPage(model, status, null);
    }
}
