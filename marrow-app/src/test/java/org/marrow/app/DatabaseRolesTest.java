package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marrow.app.db.EmbeddedServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The embedded database: the application connects as a role that can append audit rows but not change them,
 * cannot switch triggers off, and the server takes only passwords, on loopback only, with its secrets in files
 * of mode 0600.
 */
class DatabaseRolesTest extends ApiTest {
    @Autowired
    EmbeddedServer server;

    @Test
    void theApplicationConnectsAsTheApplicationRoleWhichOwnsNothing() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(EmbeddedServer.APP);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                + " WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> ?")
                        .param(EmbeddedServer.OWNER)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void theApplicationRoleCannotChangeTheAuditTrailNorItsTriggers() {
        for (String sql : new String[] {
            "UPDATE audit_log SET reason = 'x'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
            "DROP TRIGGER audit_log_no_update ON audit_log",
            "UPDATE audit_chain_start SET position = 0",
            "DELETE FROM audit_key",
            "DELETE FROM sign_in_event",
            "DELETE FROM data_export",
            "DELETE FROM flyway_schema_history",
            "SET session_replication_role = replica"
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser|owner of).*");
        }
        assertThat(jdbc.sql("SELECT has_table_privilege('audit_log', 'INSERT')")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theServerTakesOnlyPasswordsOnLoopbackOnly() throws Exception {
        try (Connection c = server.superuserConnection();
                Statement s = c.createStatement()) {
            assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(s, "unix_socket_directories")).isEmpty();
            assertThat(setting(s, "password_encryption")).isEqualTo("scram-sha-256");
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("scram-sha-256");
                assertThat(rs.next()).isFalse();
            }
        }
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.APP, "wrong"))
                .hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.SUPERUSER, ""))
                .isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void theSecretAndTheAuditKeyAreReadableByTheOwnerOnly() throws Exception {
        for (String file : new String[] {"marrow-db.secret", "marrow-audit.key"}) {
            assertThat(Files.getPosixFilePermissions(server.dataDirectory().resolve(file)))
                    .as(file)
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
