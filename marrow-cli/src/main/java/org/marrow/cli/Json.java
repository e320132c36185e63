package org.marrow.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * JSON output of the command line. Record components are written in snake_case; a non-finite
 * double (R's {@code NA}, an undefined CI bound) is written as {@code null}; a date as {@code
 * "YYYY-MM-DD"}, as the REST API writes it.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("marrow-json")
                    .addSerializer(Double.class, new FiniteDoubleSerializer(Double.class))
                    .addSerializer(double.class, new FiniteDoubleSerializer(double.class))
                    .addSerializer(LocalDate.class, ToStringSerializer.instance));

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
