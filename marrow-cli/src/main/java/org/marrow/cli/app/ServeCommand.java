package org.marrow.cli.app;

import java.util.concurrent.Callable;
import org.marrow.app.MarrowServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marrow serve}: the web application and REST API. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the Marrow web application and REST API (embedded PostgreSQL unless --db).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var context = MarrowServer.serve(database.options(port));
        spec.commandLine()
                .getOut()
                .println("marrow: serving on http://localhost:" + port + "/api (OpenAPI: /api/openapi)");
        spec.commandLine().getOut().flush();
        Thread.currentThread().join();
        context.close();
        return 0;
    }
}
