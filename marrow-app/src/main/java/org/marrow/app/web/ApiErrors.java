package org.marrow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Turns exceptions of the API into {@link ApiError} JSON bodies. */
@RestControllerAdvice(basePackages = "org.marrow.app")
class ApiErrors {

    @ExceptionHandler(BadValueException.class)
    ResponseEntity<ApiError> badValue(BadValueException e, HttpServletRequest request) {
        MessageRenderer renderer = renderer(request);
        List<ApiError.Problem> problems = e.problems().stream()
                .map(p -> new ApiError.Problem(p.field(), p.value(), p.message(renderer), null))
                .toList();
        FieldProblem first = e.problems().get(0);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        String message = renderer.locale().equals(Locale.ENGLISH) ? e.getMessage() : first.message(renderer);
        return ResponseEntity.status(status)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        message,
                        first.field(),
                        first.value(),
                        first.detail(renderer),
                        null,
                        problems));
    }

    /**
     * The language of an API answer: the request's Accept-Language (English or Simplified Chinese),
     * English when it names none.
     */
    static MessageRenderer renderer(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? MessageRenderer.english()
                : MessageRenderer.of(request.getLocale());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), null, null, null, null);
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ApiError> stale(StaleEditException e) {
        return body(HttpStatus.CONFLICT, e.getMessage(), null, null, null, e.current());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return body(HttpStatus.CONFLICT, e.getMessage(), null, null, null, null);
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ApiError> importRejected(ImportRejectedException e, HttpServletRequest request) {
        MessageRenderer renderer = renderer(request);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        List<ApiError.Problem> problems = e.problems().stream()
                .map(p -> new ApiError.Problem(
                        p.field(),
                        p.value(),
                        renderer.render(p.warning() ? Message.of("dataset.warning", p.message()) : p.message()),
                        p.location()))
                .toList();
        return ResponseEntity.status(status)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        renderer.render(e.summary()),
                        null,
                        null,
                        null,
                        null,
                        problems));
    }

    @ExceptionHandler(PasswordChangeRequiredException.class)
    ResponseEntity<ApiError> passwordChangeRequired(PasswordChangeRequiredException e) {
        return body(
                HttpStatus.FORBIDDEN,
                e.getMessage(),
                "password",
                null,
                "a password of your own (POST /api/me/password)",
                null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e) {
        return body(HttpStatus.FORBIDDEN, "Your role does not allow this", null, null, null, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof DatabindException bad
                && !bad.getPath().isEmpty()) {
            // A value of the wrong kind (1.5 for an id, 2147483648 for a count, a text for a date): name
            // the field and the value, not the Java type the body is read into.
            StringBuilder field = new StringBuilder();
            for (var reference : bad.getPath()) {
                if (reference.getPropertyName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            String value = bad instanceof InvalidFormatException invalid && invalid.getValue() != null
                    ? String.valueOf(invalid.getValue())
                    : null;
            return badValue(
                    new BadValueException(
                            List.of(new FieldProblem(field.toString(), value, Message.of("app.json.kind"), true))),
                    request);
        }
        return body(
                HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint: "
                        + firstLine(e.getMostSpecificCause().getMessage()),
                null,
                null,
                null,
                null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        BadValueException bad = BadValueException.of(
                e.getName(),
                e.getValue(),
                e.getRequiredType() == null
                        ? "another value"
                        : "a " + e.getRequiredType().getSimpleName());
        return badValue(bad, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badValue(BadValueException.of(e.getParameterName(), null, "a " + e.getParameterType()), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        return body(
                HttpStatus.CONFLICT,
                "The change conflicts with stored data: "
                        + firstLine(e.getMostSpecificCause().getMessage()),
                null,
                null,
                null,
                null);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static ResponseEntity<ApiError> body(
            HttpStatus status, String message, String field, String value, String expected, Object current) {
        return ResponseEntity.status(status)
                .body(new ApiError(
                        status.value(), status.getReasonPhrase(), message, field, value, expected, current, null));
    }
}
