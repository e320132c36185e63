package org.marrow.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marrow.cli.CliRun;
import org.marrow.cli.Json;

/**
 * {@code marrow report} of a committed example data set {@code examples/<protocol-id>}, and the parts of
 * its results.json the example tests look up.
 */
final class ExampleReport {
    private ExampleReport() {}

    /** The examples/{@code id} folder, from the module or the repository root. */
    static Path folder(String id) {
        Path fromModule = Path.of("..", "examples", id);
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", id);
    }

    /**
     * Runs {@code marrow report --protocol id examples/id [more options] --out out} and reads its
     * results.json.
     */
    static JsonNode run(String id, Path out, String... options) throws IOException {
        cli(id, out, options);
        return Json.mapper().readTree(Files.readString(out.resolve("results.json"), StandardCharsets.UTF_8));
    }

    /** Runs {@code marrow report} as {@link #run} does and returns the run, checked to have succeeded. */
    static CliRun cli(String id, Path out, String... options) {
        List<String> args =
                new ArrayList<>(List.of("report", "--protocol", id, folder(id).toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    /** The element of an array whose field has a value. */
    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    /** The element of an array whose two fields have the values. */
    static JsonNode find(JsonNode array, String field, String value, String field2, String value2) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value) && n.path(field2).asText().equals(value2)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value + ", " + field2 + " = " + value2 + " in " + array);
    }

    /** {@code x/n} of a rate node. */
    static String rate(JsonNode rate) {
        return rate.get("x").asInt() + "/" + rate.get("n").asInt();
    }

    /** A proportion rounded to one decimal of a percent, as the documents print them. */
    static String percent(JsonNode rate) {
        return String.format(
                java.util.Locale.ROOT, "%.1f", 100 * rate.get("estimate").asDouble());
    }

    /** A P value rounded to three decimals, as the documents print them. */
    static String p(JsonNode node) {
        return String.format(java.util.Locale.ROOT, "%.3f", node.get("p_value").asDouble());
    }
}
