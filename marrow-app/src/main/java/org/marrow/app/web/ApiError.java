package org.marrow.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every refused API request: {@code field}, {@code value} and {@code message} always (field null
 * only when no field is at fault, value null when none was given), then the status, what was expected and, for a
 * stale edit, the record as it now is; for an import, every problem found. Never a Java type name, SQL text or a
 * server path. For bad values every problem is also listed in {@code problems}; the first one's field,
 * value and message are those at the top.
 *
 * @param field the field at fault (a JSON path such as {@code labs[2].value}, a path variable or a query
 *     parameter), or null
 * @param value the value given, as text, or null
 * @param message one line saying what was wrong and what was expected
 * @param status the HTTP status code
 * @param error the reason phrase, e.g. {@code "Bad Request"}
 * @param expected what was expected, if known
 * @param current for 409, the current record
 * @param problems every problem, for bad values and an import
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
        List<Problem> problems) {

    /**
     * One problem of a request.
     *
     * @param field the field at fault, as in the request (for an import, the column); null when no
     *     field is at fault
     * @param value the value given, null when missing
     * @param message what is wrong and what was expected, in the request's language
     * @param location for an import, where in the data set: {@code labs.csv:4:4}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String field, String value, String message, String location) {}
}
