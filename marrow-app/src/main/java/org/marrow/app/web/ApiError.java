package org.marrow.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every refused API request: {@code field}, {@code value} and {@code message} always (field null
 * only when no field is at fault, value null when none was given), then the status, what was expected and, for a
 * stale edit, the record as it now is; for an import, every problem found. Never a Java type name, SQL text or a
 * server path.
 *
 * @param field the field at fault (a JSON path such as {@code labs[2].value}, a path variable or a query
 *     parameter), or null
 * @param value the value given, as text, or null
 * @param message one line saying what was wrong and what was expected
 * @param status the HTTP status code
 * @param error the reason phrase, e.g. {@code "Bad Request"}
 * @param expected what was expected, if known
 * @param current for 409, the current record
 * @param problems for an import, every problem found
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
        @JsonInclude(JsonInclude.Include.ALWAYS) String field,
        @JsonInclude(JsonInclude.Include.ALWAYS) String value,
        @JsonInclude(JsonInclude.Include.ALWAYS) String message,
        int status,
        String error,
        String expected,
        Object current,
        List<String> problems) {}
