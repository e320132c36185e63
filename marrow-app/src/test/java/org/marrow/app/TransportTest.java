package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Transport: loopback by default; headers that every answer carries; the session cookie HttpOnly and
 * SameSite=Lax; under HTTPS (a PKCS#12 key store) the cookie Secure and Strict-Transport-Security sent.
 */
class TransportTest extends ApiTest {
    @Autowired
    Environment environment;

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        assertThat(MarrowServer.Transport.LOOPBACK.warning()).isEmpty();
        assertThat(new MarrowServer.Transport("0.0.0.0", null, null).warning())
                .hasValueSatisfying(w -> assertThat(w).contains("plain HTTP"));
    }

    @Test
    void everyAnswerCarriesNosniffAndReferrerPolicyAndTheSessionCookieIsHttpOnlyAndLax() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure"));
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(api.body()).contains("\"field\"").contains("\"message\"");
    }

    @Test
    void underHttpsTheCookieIsSecureAndHstsIsSent(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "marrow",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "san=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "changeit-123",
                        "-keypass",
                        "changeit-123")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        try (ConfigurableApplicationContext https = MarrowServer.serve(
                new MarrowServer.Options(0, dir.resolve("db"), null),
                new MarrowServer.Transport("127.0.0.1", keystore, null),
                "--server.ssl.key-store-password=changeit-123",
                "--logging.level.root=WARN")) {
            int httpsPort = https.getEnvironment().getProperty("local.server.port", Integer.class);
            HttpClient client =
                    HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/login"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("Secure")
                    .contains("HttpOnly"));
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, "changeit-123".toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("marrow", (X509Certificate) ks.getCertificate("marrow"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
