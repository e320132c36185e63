package org.marrow.app.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns exceptions of the API into {@link ApiError} JSON bodies. */
@RestControllerAdvice(basePackages = "org.marrow.app")
class ApiErrors {

    @ExceptionHandler(BadValueException.class)
    ResponseEntity<ApiError> badValue(BadValueException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.field(), e.value(), e.expected(), null);
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
    ResponseEntity<ApiError> importRejected(ImportRejectedException e) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(new ApiError(
                        status.value(),
                        status.getReasonPhrase(),
                        e.getMessage(),
                        null,
                        null,
                        null,
                        null,
                        e.problems()));
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
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
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
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        BadValueException bad = BadValueException.of(
                e.getName(),
                e.getValue(),
                e.getRequiredType() == null
                        ? "another value"
                        : "a " + e.getRequiredType().getSimpleName());
        return badValue(bad);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badValue(BadValueException.of(e.getParameterName(), null, "a " + e.getParameterType()));
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
