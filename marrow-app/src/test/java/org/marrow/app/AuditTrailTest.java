package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.audit.AuditVerification;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail cannot be changed in the database, and a change made behind its back is detected. */
class AuditTrailTest extends ApiTest {
    @Autowired
    AuditVerifier verifier;

    @Autowired
    TransactionTemplate tx;

    private void someActivity() {
        Site site = site();
        String coord = user(Role.COORDINATOR, site);
        long subject = subject(coord, study(), site, "S-1");
        post(
                coord,
                "/api/subjects/" + subject + "/labs",
                Map.of("date", "2024-01-03", "test", "PLAT", "value", 12, "unit", "10^9/L"));
    }

    @Test
    void auditRowsCannotBeUpdatedDeletedOrTruncated() {
        someActivity();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET reason = 'forged' WHERE seq = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE seq = 1").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
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

    /** What a database owner could do: switch the triggers off for a session and rewrite a row. */
    private void tamper(long seq, String newValue) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE audit_log SET new_value = ?::json WHERE seq = ?")
                    .params(newValue, seq)
                    .update();
        });
    }
}
