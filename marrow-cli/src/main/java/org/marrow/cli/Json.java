package org.marrow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import org.marrow.analysis.report.ResultsJson;

/**
 * JSON output of the command line. Record components are written in snake_case; a non-finite
 * double (R's {@code NA}, an undefined CI bound) is written as {@code null}; a date as {@code
 * "YYYY-MM-DD"}, as the REST API writes it.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(ResultsJson.module());

    private Json() {}

    /**
     * Writes a value as indented JSON followed by a line break.
     *
     * @param out where to write
     * @param value a record, map or list
     */
    public static void write(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The shared mapper, for tests that read the output back.
     *
     * @return the configured mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
