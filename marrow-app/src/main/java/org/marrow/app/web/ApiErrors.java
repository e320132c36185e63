package org.marrow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception of an API endpoint into an {@link ApiError}: the domain's refusals as they are, and the
 * framework's (unreadable JSON, an unknown field, a value of the wrong type or out of range, a bad path variable,
 * a database refusal) into the same {field, value, message} shape, worded for the user: no Java type name, SQL
 * text or server path reaches the client. Anything unforeseen is a 500 with a reference to the server's log.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** The field named when the body as a whole is at fault (missing, not JSON, not an object). */
    static final String BODY = "body";

    /** Every problem of the request, each rendered in the request's language; the first also at the top. */
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
                        first.field(),
                        first.value(),
                        message,
                        status.value(),
                        status.getReasonPhrase(),
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

    /**
     * Names the path variable that held what was not found: the one whose value is the id looked for, else the
     * last one of the path.
     */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>)
                request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String field = null;
        String value = e.value();
        if (variables != null && !variables.isEmpty()) {
            for (Map.Entry<String, String> v : variables.entrySet()) {
                if (value == null || v.getValue().equals(value)) {
                    field = v.getKey();
                    if (value != null) {
                        break;
                    }
                }
            }
            if (field != null && value == null) {
                value = variables.get(field);
            }
        }
        return body(HttpStatus.NOT_FOUND, field, value == null ? null : printable(value), e.getMessage(), null, null);
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ApiError> stale(StaleEditException e) {
        return body(HttpStatus.CONFLICT, "version", null, e.getMessage(), null, e.current());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return body(HttpStatus.CONFLICT, e.field(), e.value(), e.getMessage(), null, null);
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
                        "file",
                        null,
                        renderer.render(e.summary()),
                        status.value(),
                        status.getReasonPhrase(),
                        null,
                        null,
                        problems));
    }

    @ExceptionHandler(PasswordChangeRequiredException.class)
    ResponseEntity<ApiError> passwordChangeRequired(PasswordChangeRequiredException e) {
        return body(
                HttpStatus.FORBIDDEN,
                "password",
                null,
                e.getMessage(),
                "a password of your own (POST /api/me/password)",
                null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e) {
        return body(HttpStatus.FORBIDDEN, null, null, "Your role does not allow this", null, null);
    }

    /** A body that is not JSON, or not the JSON this endpoint takes. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null) {
            RequestTooLargeException tooLarge = find(e, RequestTooLargeException.class);
            if (tooLarge != null) {
                return tooLarge(tooLarge);
            }
            return body(
                    HttpStatus.BAD_REQUEST,
                    BODY,
                    null,
                    "The request body is missing or unreadable; expected a JSON object",
                    "a JSON object",
                    null);
        }
        String path = path(jackson);
        String field = path.isEmpty() ? BODY : path;
        if (jackson instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null
                    ? List.of()
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .toList();
            String expected = known.isEmpty() ? "no such field" : "one of the fields " + String.join(", ", known);
            return body(
                    HttpStatus.BAD_REQUEST,
                    field,
                    null,
                    "Field '" + field + "' is not accepted here; expected " + expected,
                    expected,
                    null);
        }
        if (find(e, StreamConstraintsException.class) != null) {
            return body(
                    HttpStatus.BAD_REQUEST,
                    field,
                    null,
                    "The request body holds a value too long or too deeply nested to be read",
                    "shorter values",
                    null);
        }
        InputCoercionException overflow = find(e, InputCoercionException.class);
        if (overflow != null) {
            String expected = describe(overflow.getTargetType());
            return body(
                    HttpStatus.BAD_REQUEST,
                    field,
                    text(overflow),
                    "Field '" + field + "' is out of range; expected " + expected,
                    expected,
                    null);
        }
        if (jackson instanceof MismatchedInputException m && !path.isEmpty()) {
            String expected = m instanceof InvalidFormatException f && f.getTargetType() == String.class
                    ? "text without control characters (other than tab and line breaks)"
                    : describe(m.getTargetType());
            String value = m instanceof InvalidFormatException f ? printable(String.valueOf(f.getValue())) : null;
            return body(
                    HttpStatus.BAD_REQUEST,
                    field,
                    value,
                    "Field '" + field + "'" + (value == null ? "" : " has value '" + value + "'") + "; expected "
                            + expected,
                    expected,
                    null);
        }
        if (jackson instanceof StreamReadException r && r.getLocation() != null) {
            return body(
                    HttpStatus.BAD_REQUEST,
                    field,
                    null,
                    "The request body is not valid JSON (line "
                            + r.getLocation().getLineNr() + ", column "
                            + r.getLocation().getColumnNr() + ")",
                    "a JSON object",
                    null);
        }
        return body(
                HttpStatus.BAD_REQUEST,
                field,
                null,
                path.isEmpty()
                        ? "The request body is not the JSON object this endpoint takes"
                        : "Field '" + field + "' is not of the kind this endpoint takes",
                "a JSON object",
                null);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(RequestTooLargeException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, null, null, e.getMessage(), null, null);
    }

    /** A path variable or query parameter of the wrong kind: {@code /api/subjects/abc}, {@code ?version=1.5}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = describe(e.getRequiredType());
        String value = e.getValue() == null ? null : printable(String.valueOf(e.getValue()));
        return body(
                HttpStatus.BAD_REQUEST,
                e.getName(),
                value,
                "Field '" + e.getName() + "' has value '" + value + "'; expected " + expected,
                expected,
                null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String expected = describe(
                e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterType());
        return body(
                HttpStatus.BAD_REQUEST,
                e.getParameterName(),
                null,
                "Field '" + e.getParameterName() + "' is missing; expected " + expected,
                expected,
                null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return body(
                HttpStatus.METHOD_NOT_ALLOWED,
                null,
                e.getMethod(),
                "Method " + e.getMethod() + " is not supported here"
                        + (e.getSupportedHttpMethods() == null ? "" : "; expected " + e.getSupportedHttpMethods()),
                null,
                null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                null,
                e.getContentType() == null ? null : e.getContentType().toString(),
                "The request's Content-Type is not accepted here; expected one of " + e.getSupportedMediaTypes(),
                null,
                null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, null, null, "No such endpoint", null, null);
    }

    /** A duplicate or a dangling reference the checks before did not catch (a race): the stored data win. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        LOG.info("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return body(
                HttpStatus.CONFLICT,
                null,
                null,
                "The change conflicts with data already stored (a duplicate, or a reference to a record that no"
                        + " longer exists); reload and try again",
                null,
                null);
    }

    @ExceptionHandler(TransientDataAccessException.class)
    ResponseEntity<ApiError> busy(TransientDataAccessException e) {
        LOG.warn("Database busy: {}", e.getMostSpecificCause().getMessage());
        return body(
                HttpStatus.SERVICE_UNAVAILABLE, null, null, "The database is busy; try again in a moment", null, null);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiError> database(DataAccessException e) {
        return internal(e);
    }

    /** Spring's own refusals that carry a status, and anything unforeseen (500, logged with a reference). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e) {
        if (e instanceof ErrorResponse r) {
            HttpStatusCode code = r.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status != null && !status.is5xxServerError()) {
                return body(status, null, null, status.getReasonPhrase(), null, null);
            }
        }
        return internal(e);
    }

    private ResponseEntity<ApiError> internal(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Internal error, reference {}", reference, e);
        return body(
                HttpStatus.INTERNAL_SERVER_ERROR,
                null,
                null,
                "An internal error occurred (reference " + reference + "); it was logged on the server",
                null,
                null);
    }

    /** The JSON path of the field at fault: {@code labs[2].value}; empty for the body as a whole. */
    private static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** What a value of a type looks like, in words: never the type's Java name. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number (an id) from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return "a small whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text (a JSON string)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a date and time such as 2024-01-31T12:00:00Z";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list (a JSON array)";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        return "another value";
    }

    private static String text(InputCoercionException e) {
        try {
            return e.processor() == null ? null : e.processor().getString();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** A value as shown in a refusal: control characters as \\uXXXX, at most 200 characters. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(200).forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static ResponseEntity<ApiError> body(
            HttpStatus status, String field, String value, String message, String expected, Object current) {
        return ResponseEntity.status(status)
                .body(new ApiError(
                        field, value, message, status.value(), status.getReasonPhrase(), expected, current, null));
    }
}
