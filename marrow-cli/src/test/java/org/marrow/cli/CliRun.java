package org.marrow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The result of running {@code marrow} in-process with captured output, for command tests.
 *
 * @param exitCode the exit code
 * @param out what was printed on standard output
 * @param err what was printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /**
     * Runs {@code marrow} with the given arguments.
     *
     * @param args the arguments after {@code marrow}
     * @return exit code and captured output
     */
    public static CliRun of(String... args) {
        CommandLine cl = Marrow.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Parses standard output as JSON.
     *
     * @return the JSON tree
     * @throws IllegalStateException if the output is not JSON
     */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
