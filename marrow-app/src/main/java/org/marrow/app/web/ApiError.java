package org.marrow.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every refused request: the status, a one-line message and, for a bad value, the
 * field, the value and what was expected; for a stale edit, the record as it now is.
 *
 * @param status the HTTP status code
 * @param error the reason phrase, e.g. {@code "Bad Request"}
 * @param message one line saying what was wrong
 * @param field the field at fault, if one
 * @param value the value given, if one
 * @param expected what was expected, if known
 * @param current for 409, the current record
 * @param problems for an import, every problem found
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
        int status,
        String error,
        String message,
        String field,
        String value,
        String expected,
        Object current,
        List<String> problems) {}
