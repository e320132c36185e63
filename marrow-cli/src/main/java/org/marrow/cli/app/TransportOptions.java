package org.marrow.cli.app;

import java.nio.file.Path;
import org.marrow.app.MarrowServer;
import picocli.CommandLine.Option;

/** How the web server is reached: the address, HTTPS, a reverse proxy (docs/operations.md). */
final class TransportOptions {
    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); e.g. 0.0.0.0 for"
                    + " every interface. Without TLS a warning is printed.")
    String host;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "HTTPS with the key and certificate in this PKCS#12 file (password in the environment"
                    + " variable MARROW_TLS_PASSWORD).")
    Path tlsKeystore;

    @Option(
            names = "--trusted-proxy",
            paramLabel = "ADDRESS",
            description = "Behind a reverse proxy that terminates TLS: believe X-Forwarded-For and"
                    + " X-Forwarded-Proto from this address only (never from anyone else).")
    String trustedProxy;

    MarrowServer.Transport transport() {
        return new MarrowServer.Transport(host, tlsKeystore, trustedProxy);
    }
}
