package org.marrow.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code results.json} writer: every number of the report, machine-readable. The same
 * conventions as the command line's {@code --json}: record components in snake_case, a non-finite
 * number (an undefined bound, R's NA) as {@code null}; plus dates as ISO strings, two-space
 * indentation, LF line ends, and entries in the order they were added, so the file is
 * byte-identical for the same report.
 */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .registerModule(module());

    private ResultsJson() {}

    /**
     * The value conventions of Marrow's JSON, for any Jackson mapper: a non-finite double as {@code
     * null}, a date as {@code "YYYY-MM-DD"}. The command line's {@code --json} uses them too.
     *
     * @return a new module with the serializers
     */
    public static SimpleModule module() {
        return new SimpleModule("marrow-json")
                .addSerializer(Double.class, new FiniteDoubleSerializer(Double.class))
                .addSerializer(double.class, new FiniteDoubleSerializer(double.class))
                .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance);
    }

    /**
     * The JSON text of a report's results, with a leading {@code "report"} entry holding the
     * header (title, data set hash, protocol, Marrow version, dates).
     *
     * @param report the report
     * @return the JSON text, ending with a line break
     */
    public static String of(Report report) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("report", report.header());
        all.putAll(report.results());
        return toJson(all);
    }

    /**
     * Any value (record, list, map, number, string) as JSON by the rules of this class.
     *
     * @param value the value
     * @return the JSON text, ending with a line break
     * @throws IllegalArgumentException if the value cannot be written as JSON
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@link #of(Report)} to a file (UTF-8).
     *
     * @param report the report
     * @param file the file, usually {@code out/results.json}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Report report, Path file) {
        try {
            Files.writeString(file, of(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        FiniteDoubleSerializer(Class<?> type) {
            super((Class) type);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
