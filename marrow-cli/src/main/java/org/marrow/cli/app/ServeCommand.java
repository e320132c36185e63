package org.marrow.cli.app;

import java.util.concurrent.Callable;
import org.marrow.app.MarrowServer;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.cli.Marrow;
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

    @Mixin
    TransportOptions transport = new TransportOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MarrowServer.Options options = database.options(port);
        MarrowServer.Transport how = transport.transport();
        var out = spec.commandLine().getOut();
        if (refuseIfInUse(options, spec)) {
            return Marrow.EXIT_FAILURE;
        }
        how.warning().ifPresent(w -> spec.commandLine().getErr().println("marrow serve: " + w));
        var context = MarrowServer.serve(options, how);
        int actual = context.getEnvironment().getProperty("local.server.port", Integer.class, port);
        out.println("marrow: serving on " + (how.tlsKeystore() != null ? "https" : "http") + "://" + how.host() + ":"
                + actual + "/api (OpenAPI: /api/openapi)");
        out.flush();
        Thread.currentThread().join();
        context.close();
        return 0;
    }

    /** One line and exit code 1 when another Marrow runs on the embedded data directory. */
    static boolean refuseIfInUse(MarrowServer.Options options, picocli.CommandLine.Model.CommandSpec spec) {
        var dir = options.embeddedDataDirectory();
        if (dir.isPresent() && EmbeddedServer.inUse(dir.get())) {
            spec.commandLine()
                    .getErr()
                    .println(spec.qualifiedName() + ": the data directory "
                            + dir.get().toAbsolutePath()
                            + " is in use by another Marrow; stop it first, or give another --data-dir");
            spec.commandLine().getErr().flush();
            return true;
        }
        return false;
    }
}
