package org.marrow.cli.app;

import java.nio.file.Path;
import org.marrow.app.MarrowServer;
import picocli.CommandLine.Option;

/** Where the data are: the embedded database's directory, or an external PostgreSQL. */
final class DatabaseOptions {
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory of the embedded PostgreSQL (default: ~/.marrow/db).")
    Path dataDir;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "External PostgreSQL, jdbc:postgresql://host[:port]/db (credentials from"
                    + " SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD).")
    String db;

    MarrowServer.Options options(int port) {
        return new MarrowServer.Options(port, dataDir, db);
    }
}
