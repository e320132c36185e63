package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code marrow serve --db} on an external PostgreSQL set up with the SQL of docs/operations.md: here a second
 * server with only its superuser, to which the script is applied; Marrow migrates as the owner, runs as the
 * application role, and the application role cannot change the audit trail.
 */
class ExternalDatabaseTest {

    @Test
    void docsOperationsHoldsTheBundledScriptVerbatim() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "operations.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains(script().strip());
    }

    @Test
    void marrowRunsOnAnExternalServerWithTheDocumentedRoles(@TempDir Path dir) throws Exception {
        Path cache = Path.of(System.getProperty("user.home"), ".marrow", "postgresql");
        try (EmbeddedServer external = EmbeddedServer.start(dir.resolve("pg"), false, cache, false)) {
            apply(external, "owner-Secret-1", "app-Secret-22");
            String url = "jdbc:postgresql://127.0.0.1:" + external.port() + "/marrow";
            try (ConfigurableApplicationContext c = MarrowServer.serve(
                    new MarrowServer.Options(0, null, url),
                    "--spring.datasource.username=marrow_app",
                    "--spring.datasource.password=app-Secret-22",
                    "--spring.flyway.user=marrow_owner",
                    "--spring.flyway.password=owner-Secret-1",
                    "--marrow.audit.key-file=" + dir.resolve("audit.key"),
                    "--logging.level.root=WARN")) {
                c.getBean(Users.class)
                        .create("ext-admin", "External", "a-long-enough-passphrase", Set.of(Role.ADMIN), List.of());
                JdbcClient jdbc = c.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                        .isEqualTo("marrow_app");
                assertThat(jdbc.sql("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_log'")
                                .query(String.class)
                                .single())
                        .isEqualTo("marrow_owner");
                assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET reason = 'forged'")
                                .update())
                        .isInstanceOf(DataAccessException.class)
                        .rootCause()
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER ALL")
                                .update())
                        .isInstanceOf(DataAccessException.class);
                assertThat(c.getBean(AuditVerifier.class).verify().intact()).isTrue();
            }
        }
    }

    private static String script() throws Exception {
        try (InputStream in = ExternalDatabaseTest.class.getResourceAsStream("/org/marrow/app/db/external-roles.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Runs the script as psql would: its variables substituted, {@code \connect} switching the database. */
    private static void apply(EmbeddedServer server, String ownerPassword, String appPassword) throws Exception {
        String sql = script().replace(":'owner_password'", "'" + ownerPassword + "'")
                .replace(":'app_password'", "'" + appPassword + "'");
        int split = sql.indexOf("\\connect marrow");
        try (Connection c = server.superuserConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements(sql.substring(0, split))) {
                s.execute(statement);
            }
        }
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + server.port() + "/marrow",
                        EmbeddedServer.SUPERUSER,
                        server.password(EmbeddedServer.SUPERUSER));
                Statement s = c.createStatement()) {
            for (String statement : statements(sql.substring(split + "\\connect marrow".length()))) {
                s.execute(statement);
            }
        }
    }

    private static List<String> statements(String sql) {
        return java.util.Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }
}
