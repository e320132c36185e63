package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.audit.AuditVerification;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The audit trail cannot be changed in the database, and a change made behind its back is detected. */
class AuditTrailTest extends ApiTest {
    @Autowired
    AuditVerifier verifier;

    @Autowired
    EmbeddedServer server;

    private void someActivity() {
        Site site = site();
        String coord = user(Role.COORDINATOR, site);
        long subject = subject(coord, study(), site, "S-1");
        post(
                coord,
                "/api/subjects/" + subject + "/labs",
                Map.of("date", "2024-01-03", "test", "PLAT", "value", 12, "unit", "10^9/L"));
    }

    /**
     * The application's role has no right to change audit rows (refused before the trigger is reached); the
     * schema's owner, who has the right, is stopped by the trigger.
     */
    @Test
    void auditRowsCannotBeUpdatedDeletedOrTruncated() throws Exception {
        someActivity();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET reason = 'forged' WHERE seq = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE seq = 1").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        for (String sql : new String[] {
            "UPDATE audit_log SET reason = 'forged' WHERE seq = 1",
            "DELETE FROM audit_log WHERE seq = 1",
            "TRUNCATE audit_log"
        }) {
            try (Connection c = asOwner();
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).hasMessageContaining("append-only");
            }
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void chainIsIntactAfterActivityAndVerifiableByMonitor() {
        someActivity();
        String monitor = user(Role.MONITOR);
        Response r = get(monitor, "/api/audit/verify");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("intact").asBoolean()).isTrue();
        assertThat(r.get("rows_checked").asLong()).isEqualTo(auditRows());
    }

    @Test
    void rowAlteredBehindTheTriggersIsDetected() {
        someActivity();
        long seq = jdbc.sql("SELECT max(seq) FROM audit_log WHERE table_name = 'lab'")
                .query(Long.class)
                .single();
        String original = jdbc.sql("SELECT new_value::text FROM audit_log WHERE seq = ?")
                .param(seq)
                .query(String.class)
                .single();
        try {
            tamper(seq, original.replace("12", "120"));
            AuditVerification broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.problems())
                    .anySatisfy(p -> assertThat(p).contains("row " + seq).contains("altered"));
        } finally {
            tamper(seq, original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** What a database superuser could do: switch the triggers off for a session and rewrite a row. */
    private void tamper(long seq, String newValue) {
        try (Connection c = server.superuserConnection();
                PreparedStatement s = c.prepareStatement("UPDATE audit_log SET new_value = ?::json WHERE seq = ?")) {
            c.createStatement().execute("SET session_replication_role = replica");
            s.setString(1, newValue);
            s.setLong(2, seq);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection asOwner() throws SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedServer.OWNER, server.password(EmbeddedServer.OWNER));
    }
}
