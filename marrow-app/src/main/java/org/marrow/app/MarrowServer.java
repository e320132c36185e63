package org.marrow.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for the command line: as a web server ({@code marrow serve}) or without
 * one, for administration ({@code marrow admin}, {@code marrow audit}).
 */
public final class MarrowServer {
    private MarrowServer() {}

    /**
     * Where the data are.
     *
     * @param port the HTTP port (web server only)
     * @param dataDir the embedded database's data directory, or null for the default (~/.marrow/db)
     * @param dbUrl a JDBC URL of an external PostgreSQL, or null for the embedded one; user name and
     *     password come from {@code SPRING_DATASOURCE_USERNAME} / {@code SPRING_DATASOURCE_PASSWORD}
     */
    public record Options(int port, Path dataDir, String dbUrl) {

        /**
         * Checks the options.
         *
         * @throws IllegalArgumentException if the port is not 0..65535 or the URL is not a PostgreSQL JDBC URL
         */
        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port: " + port + " is not a port; expected 0 to 65535");
            }
            if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("--db: '" + dbUrl
                        + "' is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host[:port]/database");
            }
        }

        /**
         * The options as command-line properties: they take precedence over application.properties
         * (default properties would not: {@code marrow.data-dir} has a value there).
         */
        String[] arguments(String... more) {
            List<String> args = new ArrayList<>();
            properties().forEach((k, v) -> args.add("--" + k + "=" + v));
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        }

        Map<String, Object> properties() {
            Map<String, Object> p = new HashMap<>();
            p.put("server.port", port);
            if (dataDir != null) {
                p.put("marrow.data-dir", dataDir.toAbsolutePath().toString());
            }
            if (dbUrl != null) {
                p.put("spring.datasource.url", dbUrl);
            }
            return p;
        }
    }

    /**
     * Starts the web server; it runs until the JVM stops.
     *
     * @param options where to listen and where the data are
     * @param args further Spring arguments ({@code --name=value})
     * @return the running application
     */
    public static ConfigurableApplicationContext serve(Options options, String... args) {
        SpringApplication app = new SpringApplication(MarrowApplication.class);
        return app.run(options.arguments(args));
    }

    /**
     * Starts the application without a web server (migrating the schema if needed), for administration.
     *
     * @param options where the data are
     * @return the application; close it when done
     */
    public static ConfigurableApplicationContext offline(Options options) {
        SpringApplication app = new SpringApplication(MarrowApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        app.setLogStartupInfo(false);
        return app.run(options.arguments());
    }
}
