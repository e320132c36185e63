package org.marrow.cli.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.marrow.app.MarrowServer;
import org.marrow.app.demo.DemoSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow demo}: the web application on an embedded PostgreSQL kept in its own data directory,
 * with the five reference studies, each with its example data set (loaded once), and a demo user.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start Marrow for a demonstration: the web application on an embedded PostgreSQL, the five reference"
                    + " protocols as studies, each with its synthetic data set examples/<protocol id> (loaded once) and a user"
                    + " 'demo' with a one-time password, printed, to be changed at the first login.",
            "Data entered are kept in --data-dir across restarts."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory of the embedded PostgreSQL (default: ~/.marrow/demo-db, apart from"
                    + " the data of 'marrow serve').")
    Path dataDir;

    @picocli.CommandLine.Mixin
    TransportOptions transport = new TransportOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".marrow", "demo-db");
        PrintWriter out = spec.commandLine().getOut();
        MarrowServer.Options options = new MarrowServer.Options(port, dir, null);
        MarrowServer.Transport how = transport.transport();
        if (ServeCommand.refuseIfInUse(options, spec)) {
            return org.marrow.cli.Marrow.EXIT_FAILURE;
        }
        how.warning().ifPresent(w -> spec.commandLine().getErr().println("marrow demo: " + w));
        out.println("marrow demo: starting (data in " + dir.toAbsolutePath() + ") ...");
        out.flush();
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping.set(true), "marrow-demo-stop"));
        var context = MarrowServer.serve(options, how);
        DemoSetup.Outcome outcome;
        try {
            outcome = context.getBean(DemoSetup.class).prepare();
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                throw e;
            }
            // Ctrl+C while the studies or the data set were being stored: the database was shut down
            // under the transaction, which rolled back (the data set is imported in one transaction).
            // Not an internal error: the set-up creates only what is missing, so the next start finishes it.
            out.println("marrow demo: stopped while setting up the demonstration; the next start finishes"
                    + " what was not done (each data set is stored whole or not at all)");
            out.flush();
            return 130;
        }
        out.println("marrow demo: " + outcome.studies().size() + " studies (" + outcome.studiesCreated() + " new)"
                + (outcome.subjectsImported() > 0
                        ? "; example data sets loaded: " + outcome.subjectsImported() + " subjects, "
                                + outcome.recordsImported() + " records"
                        : "; example data sets already loaded"));
        int actual = context.getEnvironment().getProperty("local.server.port", Integer.class, port);
        out.println();
        String host = how.loopbackOnly() ? "localhost" : how.host();
        out.println(
                "  Open      " + (how.tlsKeystore() != null ? "https" : "http") + "://" + host + ":" + actual + "/");
        out.println("  User      " + outcome.username());
        out.println(outcome.oneTimePassword()
                .map(p -> "  Password  " + p + "  (one-time: you choose your own at the first login)")
                .orElse("  Password  the one you chose (the one-time password was changed)"));
        out.println();
        out.println("Stop with Ctrl+C; the data stay in " + dir.toAbsolutePath() + ".");
        out.flush();
        Thread.currentThread().join();
        context.close();
        return 0;
    }
}
