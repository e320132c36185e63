package org.marrow.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every refused request: the status, a one-line message and, for bad values, every
 * problem ({@code field}, {@code value}, {@code message}) with the first one's field, value and
 * expectation also at the top; for a stale edit, the record as it now is.
 *
 * @param status the HTTP status code
 * @param error the reason phrase, e.g. {@code "Bad Request"}
 * @param message one line saying what was wrong, in the request's language
 * @param field the field at fault, if one (the first problem's)
 * @param value the value given, if one
 * @param expected what was expected, if known
 * @param current for 409, the current record
 * @param problems every problem, for bad values and an import
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
