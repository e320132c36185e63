package org.marrow.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.marrow.analysis.endpoint.AnalysisPlan;
import org.marrow.analysis.endpoint.CategoryCounts;
import org.marrow.analysis.endpoint.EnrolmentSeverity;
import org.marrow.analysis.endpoint.Group;
import org.marrow.analysis.endpoint.Population;
import org.marrow.analysis.endpoint.RateMeasure;
import org.marrow.analysis.endpoint.SubjectState;
import org.marrow.analysis.endpoint.TimeToEventEndpoint;
import org.marrow.analysis.table.StatTest;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.design.Subgroup;
import org.marrow.protocol.design.TimeToEventSummary;

/**
 * The {@code results.json} writer: every number of the report, machine-readable. The same
 * conventions as the command line's {@code --json}: record components in snake_case, a non-finite
 * number (an undefined bound, R's NA) as {@code null}; plus dates as ISO strings, the analysis'
 * names as the report prints them (groups, states, populations and tests by their labels), a message
 * in English, two-space indentation, LF line ends, and entries in the order of the results' record,
 * so the file is byte-identical for the same report.
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
        SimpleModule m = new SimpleModule("marrow-json")
                .addSerializer(Double.class, new FiniteDoubleSerializer(Double.class))
                .addSerializer(double.class, new FiniteDoubleSerializer(double.class))
                .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance)
                .addSerializer(CategoryCounts.class, new CategoryCountsSerializer());
        named(m, Group.class, Group::label);
        named(m, SubjectState.class, SubjectState::label);
        named(m, Population.class, Population::label);
        named(m, StatTest.class, StatTest::label);
        named(m, TimeToEventEndpoint.class, TimeToEventEndpoint::code);
        named(m, RateMeasure.class, RateMeasure::code);
        named(m, CriteriaSet.class, CriteriaSet::code);
        named(m, AnalysisPlan.Grouping.class, g -> g.name().toLowerCase(Locale.ROOT));
        named(m, Message.class, MessageRenderer.english()::render);
        named(m, EnrolmentSeverity.class, EnrolmentSeverity::label);
        named(m, TimeToEventSummary.Summary.class, TimeToEventSummary.Summary::code);
        named(m, Subgroup.class, Subgroup::code);
        m.addKeySerializer(
                EnrolmentSeverity.class, new NameSerializer<>(EnrolmentSeverity.class, EnrolmentSeverity::label, true));
        m.addKeySerializer(Group.class, new NameSerializer<>(Group.class, Group::label, true));
        return m;
    }

    /** Writes values of a type as the text a function gives them. */
    private static <T> void named(SimpleModule m, Class<T> type, Function<T, String> name) {
        m.addSerializer(type, new NameSerializer<>(type, name, false));
    }

    /**
     * The JSON text of a report's results, with a leading {@code "report"} entry holding the
     * header (title, data set hash, protocol, Marrow version, dates).
     *
     * @param report the report
     * @return the JSON text, ending with a line break
     */
    public static String of(Report report) {
        ObjectNode all = MAPPER.createObjectNode();
        all.set("report", MAPPER.valueToTree(report.header()));
        report.results().ifPresent(r -> all.setAll((ObjectNode) MAPPER.valueToTree(r)));
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

    /** Writes a value as a name: a string, or a field name for a map key. */
    private static final class NameSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> name;
        private final boolean key;

        NameSerializer(Class<T> type, Function<T, String> name, boolean key) {
            super(type);
            this.name = name;
            this.key = key;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (key) {
                gen.writeFieldName(name.apply(value));
            } else {
                gen.writeString(name.apply(value));
            }
        }
    }

    /** Writes counts per category as one object: the categories, then not assessable and not yet due. */
    private static final class CategoryCountsSerializer extends StdSerializer<CategoryCounts> {
        private static final long serialVersionUID = 1L;

        CategoryCountsSerializer() {
            super(CategoryCounts.class);
        }

        @Override
        public void serialize(CategoryCounts value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (ResponseCategory c : ResponseCategory.values()) {
                gen.writeNumberField(c.name(), value.of(c));
            }
            gen.writeNumberField("NOT_ASSESSABLE", value.notAssessable());
            gen.writeNumberField("NOT_YET_DUE", value.notYetDue());
            gen.writeEndObject();
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
