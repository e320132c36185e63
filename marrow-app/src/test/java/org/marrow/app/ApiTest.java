package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the API tests: one application and one embedded PostgreSQL for the whole test JVM (every
 * test class has the same configuration, so Spring's context cache shares it). Each test makes its own
 * study, sites and users with unique codes, so tests do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {
    protected static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("marrow-test-db");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("marrow.data-dir", DATA_DIR::toString);
        registry.add("marrow.data-dir.clean", () -> "true");
        registry.add("marrow.protocol-dir", ApiTest::protocolDir);
    }

    /** Test protocols beside the bundled ones (sirolimus-csa-by-site: randomization stratified by site). */
    private static String protocolDir() {
        try {
            return Path.of(ApiTest.class
                            .getResource("/org/marrow/app/protocols")
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One API token per test user, issued with the password on first use (a bcrypt check per request is slow). */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Users users;

    @Autowired
    protected Studies studies;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A response: status and JSON body (null when empty or not JSON). */
    protected record Response(int status, JsonNode body, byte[] bytes) {
        public JsonNode get(String field) {
            return body.get(field);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + UNIQUE.incrementAndGet();
    }

    protected Site site() {
        String code = unique("SITE");
        return studies.createSite(code, "Hospital " + code);
    }

    protected Study study() {
        return studies.create(unique("STUDY"), "A study", "ctx-ist", "1.0", "five-tier");
    }

    protected String user(Role role, Site... sites) {
        String name = unique(role.name().toLowerCase()).toLowerCase();
        users.create(
                name,
                name,
                PASSWORD,
                Set.of(role),
                List.of(sites).stream().map(Site::id).toList());
        token(name);
        return name;
    }

    protected static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The bearer token of a test user. */
    protected String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> {
            Response r = callWith(basic(u), "POST", "/api/tokens", Map.of("label", "test"));
            assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
            return r.get("token").asString();
        });
    }

    /** Calls the API as a user, with the user's bearer token. */
    protected Response call(String user, String method, String path, Object body) {
        return callWith(user == null ? null : "Bearer " + token(user), method, path, body);
    }

    /** Calls the API with an {@code Authorization} header value (null for none). */
    protected Response callWith(String authorization, String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            HttpRequest.BodyPublisher publisher;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (body instanceof byte[] bytes) {
                b.header("Content-Type", "application/zip");
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else {
                b.header("Content-Type", "application/json");
                publisher = HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : json.writeValueAsString(body));
            }
            HttpResponse<byte[]> r =
                    http.send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode node = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.body().length > 0 && type.contains("json")) {
                node = json.readTree(r.body());
            }
            return new Response(r.statusCode(), node, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String user, String path) {
        return call(user, "GET", path, null);
    }

    protected Response post(String user, String path, Object body) {
        return call(user, "POST", path, body);
    }

    protected Response put(String user, String path, Object body) {
        return call(user, "PUT", path, body);
    }

    /** Enters a subject at a site through the API and returns its id. */
    protected long subject(String user, Study study, Site site, String code) {
        Response r = post(
                user,
                "/api/studies/" + study.id() + "/subjects",
                Map.of(
                        "subject_code",
                        code,
                        "site_id",
                        site.id(),
                        "sex",
                        "F",
                        "birth_date",
                        "1980-01-01",
                        "weight_kg",
                        60,
                        "height_cm",
                        165));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.get("id").asLong();
    }

    protected long auditRows() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }
}
