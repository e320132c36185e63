package org.marrow.protocol;

/**
 * One problem found while loading a protocol: where it is and what is wrong, e.g.
 * {@code ctx-ist.yaml:42:7: regimens[2].dose.unit: 'mg/kgg' is not a dose unit; expected one of mg/kg, ...}.
 *
 * @param source the file or resource name
 * @param line the 1-based line, 0 if unknown
 * @param column the 1-based column, 0 if unknown
 * @param path the path of the offending element in the document, e.g. {@code regimens[2].dose.unit},
 *     empty for the document itself
 * @param message what is wrong: the value and the expectation
 */
public record ProtocolProblem(String source, int line, int column, String path, String message) {

    /** The problem as one line: {@code source:line:column: path: message}. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
