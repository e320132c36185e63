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

        /**
         * The embedded database's data directory these options use, or empty with an external database.
         *
         * @return the directory
         */
        public java.util.Optional<Path> embeddedDataDirectory() {
            if (dbUrl != null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".marrow", "db"));
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
     * How the web server is reached (docs/operations.md).
     *
     * @param host the address to listen on; {@code 127.0.0.1} unless the server is to be reached from other
     *     machines
     * @param tlsKeystore a PKCS#12 key store with the server's key and certificate for HTTPS (its password in
     *     the environment variable {@code MARROW_TLS_PASSWORD}), or null for plain HTTP
     * @param trustedProxy the address of a reverse proxy whose {@code X-Forwarded-For} and
     *     {@code X-Forwarded-Proto} headers are believed, or null to believe no such header
     */
    public record Transport(String host, Path tlsKeystore, String trustedProxy) {
        /** Loopback only, plain HTTP, no proxy: the default. */
        public static final Transport LOOPBACK = new Transport("127.0.0.1", null, null);

        /**
         * Checks the transport.
         *
         * @throws IllegalArgumentException if the host or proxy is not an IP address or host name, or the key
         *     store does not exist
         */
        public Transport {
            host = host == null || host.isBlank() ? "127.0.0.1" : host.strip();
            if (!host.matches("[A-Za-z0-9.:\\-\\[\\]%]{1,255}")) {
                throw new IllegalArgumentException(
                        "--host: '" + host + "' is not an address; expected an IP address such as 0.0.0.0 or 10.1.2.3");
            }
            if (trustedProxy != null && !trustedProxy.matches("[0-9A-Fa-f.:]{2,45}")) {
                throw new IllegalArgumentException("--trusted-proxy: '" + trustedProxy
                        + "' is not an IP address; expected the address the reverse proxy connects from");
            }
            if (tlsKeystore != null && !java.nio.file.Files.isRegularFile(tlsKeystore)) {
                throw new IllegalArgumentException(
                        "--tls-keystore: " + tlsKeystore + " does not exist; expected a PKCS#12 key store (.p12)");
            }
        }

        /**
         * Whether the server listens only on a loopback address.
         *
         * @return true for 127.0.0.0/8, ::1 and localhost
         */
        public boolean loopbackOnly() {
            return host.startsWith("127.") || host.equals("::1") || host.equals("[::1]") || host.equals("localhost");
        }

        /**
         * Whether the connection from the browser is encrypted: HTTPS here or at the trusted proxy.
         *
         * @return true under TLS
         */
        public boolean encrypted() {
            return tlsKeystore != null || trustedProxy != null;
        }

        /**
         * The warning to show when the server is reachable from other machines over plain HTTP.
         *
         * @return the warning, if one
         */
        public java.util.Optional<String> warning() {
            if (loopbackOnly() || encrypted()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("WARNING: listening on " + host + " over plain HTTP: passwords and trial data"
                    + " cross the network unencrypted; use --tls-keystore or a reverse proxy with TLS"
                    + " (docs/operations.md)");
        }

        Map<String, Object> properties() {
            Map<String, Object> p = new HashMap<>();
            p.put("server.address", host);
            if (tlsKeystore != null) {
                p.put("server.ssl.enabled", "true");
                p.put(
                        "server.ssl.key-store",
                        tlsKeystore.toAbsolutePath().toUri().toString());
                p.put("server.ssl.key-store-type", "PKCS12");
            }
            if (trustedProxy != null) {
                p.put("server.forward-headers-strategy", "native");
                p.put("server.tomcat.remoteip.internal-proxies", java.util.regex.Pattern.quote(trustedProxy));
                p.put("server.tomcat.remoteip.trusted-proxies", java.util.regex.Pattern.quote(trustedProxy));
                p.put("server.tomcat.remoteip.remote-ip-header", "X-Forwarded-For");
                p.put("server.tomcat.remoteip.protocol-header", "X-Forwarded-Proto");
            }
            return p;
        }
    }

    /**
     * Starts the web server on 127.0.0.1 over HTTP; it runs until the JVM stops.
     *
     * @param options where to listen and where the data are
     * @param args further Spring arguments ({@code --name=value})
     * @return the running application
     */
    public static ConfigurableApplicationContext serve(Options options, String... args) {
        return serve(options, Transport.LOOPBACK, args);
    }

    /**
     * Starts the web server; it runs until the JVM stops.
     *
     * @param options the port and where the data are
     * @param transport how the server is reached
     * @param args further Spring arguments ({@code --name=value})
     * @return the running application
     */
    public static ConfigurableApplicationContext serve(Options options, Transport transport, String... args) {
        SpringApplication app = new SpringApplication(MarrowApplication.class);
        List<String> all = new ArrayList<>();
        transport.properties().forEach((k, v) -> all.add("--" + k + "=" + v));
        all.addAll(List.of(args));
        transport.warning().ifPresent(w -> org.slf4j.LoggerFactory.getLogger(MarrowServer.class)
                .warn(w));
        return app.run(options.arguments(all.toArray(String[]::new)));
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
