package org.marrow.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.MarrowServer;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.app.study.Studies;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tamper evidence beyond the database: someone with full (superuser) access rewrites audit rows and recomputes
 * the chain as plain SHA-256, or, holding the key, recomputes it keyed; the keyed chain, the signed chain starts
 * and an anchor kept outside the database show it.
 */
class AuditTamperTest {

    private static MarrowServer.Options options(Path dir) {
        return new MarrowServer.Options(0, dir.resolve("db"), null);
    }

    private static void activity(ConfigurableApplicationContext c, String prefix, int sites) {
        Studies studies = c.getBean(Studies.class);
        for (int i = 0; i < sites; i++) {
            studies.createSite(prefix + "-" + i, "Hospital " + prefix + " " + i);
        }
    }

    @Test
    void aChainRewrittenWithPlainSha256IsReportedAndSoIsAForgedStart(@TempDir Path dir) throws Exception {
        try (ConfigurableApplicationContext c = MarrowServer.offline(options(dir))) {
            activity(c, "T", 40);
            AuditVerifier verifier = c.getBean(AuditVerifier.class);
            assertThat(verifier.verify().intact()).isTrue();
            EmbeddedServer server = c.getBean(EmbeddedServer.class);
            int chain;
            try (Connection su = server.superuserConnection()) {
                chain = busiestChain(su);
                // The forger changes one row and recomputes the whole chain, as plain SHA-256 would have it.
                rewriteChain(
                        su,
                        chain,
                        e -> e.seq() == firstSeq(su, chain) ? withNewValue(e, "{\"forged\":true}") : e,
                        null);
            }
            AuditVerification v = verifier.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.problems())
                    .anySatisfy(p -> assertThat(p).contains("was altered").contains("HMAC-SHA-256"));
            try (Connection su = server.superuserConnection()) {
                // ... and then claims every row predates the key, by moving the chain's recorded start.
                try (Statement s = su.createStatement()) {
                    s.execute("SET session_replication_role = replica");
                    s.execute("UPDATE audit_chain_start SET position = (SELECT seq FROM audit_head WHERE id = " + chain
                            + "), hash = (SELECT hash FROM audit_head WHERE id = " + chain + ") WHERE chain = "
                            + chain);
                }
            }
            assertThat(verifier.verify().problems())
                    .anySatisfy(
                            p -> assertThat(p).contains("chain " + chain).contains("not signed with the audit key"));
        }
    }

    @Test
    void anAnchorShowsARewriteEvenBySomeoneHoldingTheKey(@TempDir Path dir) throws Exception {
        try (ConfigurableApplicationContext c = MarrowServer.offline(options(dir))) {
            activity(c, "A", 30);
            AuditVerifier verifier = c.getBean(AuditVerifier.class);
            AuditAnchor anchor = verifier.anchor();
            assertThat(anchor.rows()).isEqualTo(30);
            activity(c, "B", 10);
            assertThat(verifier.verify(anchor).intact()).isTrue();
            AuditKey key = c.getBean(AuditKey.class);
            EmbeddedServer server = c.getBean(EmbeddedServer.class);
            try (Connection su = server.superuserConnection()) {
                int chain = busiestChain(su);
                long first = firstSeq(su, chain);
                rewriteChain(su, chain, e -> e.seq() == first ? withNewValue(e, "{\"forged\":true}") : e, key);
            }
            assertThat(verifier.verify().intact()).as("recomputed with the key").isTrue();
            AuditVerification v = verifier.verify(anchor);
            assertThat(v.intact()).isFalse();
            assertThat(v.problems()).anySatisfy(p -> assertThat(p).contains("differs from the anchor"));
        }
    }

    @Test
    void rowsWrittenBeforeTheKeyKeepTheirSha256AndCannotBeRewrittenEither(@TempDir Path dir) throws Exception {
        try (ConfigurableApplicationContext c = MarrowServer.offline(options(dir))) {
            activity(c, "L", 20);
            // Make the database look like one from before the key: plain SHA-256 chains and no key records.
            try (Connection su = c.getBean(EmbeddedServer.class).superuserConnection()) {
                for (int chain = 1; chain <= AuditTrail.CHAINS; chain++) {
                    rewriteChain(su, chain, e -> e, null);
                }
                try (Statement s = su.createStatement()) {
                    s.execute("SET session_replication_role = replica");
                    s.execute("DELETE FROM audit_chain_start");
                    s.execute("DELETE FROM audit_key");
                }
            }
        }
        try (ConfigurableApplicationContext c = MarrowServer.offline(options(dir))) {
            AuditVerifier verifier = c.getBean(AuditVerifier.class);
            AuditVerification before = verifier.verify();
            assertThat(before.intact()).as("%s", before.problems()).isTrue();
            activity(c, "K", 10);
            assertThat(verifier.verify().intact()).isTrue();
            try (Connection su = c.getBean(EmbeddedServer.class).superuserConnection()) {
                int chain = busiestChain(su);
                long first = firstSeq(su, chain);
                long legacyEnd = startOf(su, chain);
                // Rewrite a row from before the key and recompute the rows before the key as SHA-256.
                rewriteChain(
                        su, chain, e -> e.seq() == first ? withNewValue(e, "{\"forged\":true}") : e, null, legacyEnd);
            }
            assertThat(verifier.verify().problems())
                    .anySatisfy(p -> assertThat(p).contains("rows before the key were rewritten"));
        }
    }

    @Test
    void anotherKeyIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        try (ConfigurableApplicationContext c = MarrowServer.offline(options(dir))) {
            activity(c, "W", 1);
        }
        java.nio.file.Files.writeString(
                dir.resolve("other.key"), java.util.Base64.getEncoder().encodeToString(new byte[32]));
        MarrowServer.Options o = options(dir);
        assertThatThrownBy(() -> org.springframework.boot.SpringApplication.run(
                                org.marrow.app.MarrowApplication.class,
                                "--spring.main.web-application-type=none",
                                "--marrow.data-dir=" + o.dataDir(),
                                "--marrow.audit.key-file=" + dir.resolve("other.key"))
                        .close())
                .isInstanceOf(AuditKeyMismatchException.class);
    }

    // ---- what a forger with superuser access does

    private static int busiestChain(Connection su) throws SQLException {
        try (Statement s = su.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT chain FROM audit_log GROUP BY chain ORDER BY count(*) DESC LIMIT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long firstSeq(Connection su, int chain) {
        try (Statement s = su.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT seq FROM audit_log WHERE chain = " + chain + " AND position = 1")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long startOf(Connection su, int chain) throws SQLException {
        try (Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("SELECT position FROM audit_chain_start WHERE chain = " + chain)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static AuditEntry withNewValue(AuditEntry e, String json) {
        return new AuditEntry(
                e.seq(),
                e.at(),
                e.actor(),
                e.table(),
                e.recordId(),
                e.action(),
                e.oldValue(),
                json,
                e.reason(),
                e.prevHash(),
                e.hash(),
                e.chain(),
                e.position());
    }

    private static void rewriteChain(Connection su, int chain, UnaryOperator<AuditEntry> change, AuditKey key)
            throws SQLException {
        rewriteChain(su, chain, change, key, Long.MAX_VALUE);
    }

    /** Rewrites a chain's rows up to a position (with a change), recomputing each hash and the head. */
    private static void rewriteChain(
            Connection su, int chain, UnaryOperator<AuditEntry> change, AuditKey key, long upTo) throws SQLException {
        List<AuditEntry> rows = new ArrayList<>();
        try (Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM audit_log WHERE chain = " + chain + " AND position <= "
                        + upTo + " ORDER BY position")) {
            while (rs.next()) {
                rows.add(AuditTrail.entry(rs, 0));
            }
        }
        try (Statement s = su.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
        String prev = AuditHash.GENESIS;
        for (AuditEntry original : rows) {
            AuditEntry e = change.apply(original);
            AuditEntry linked = new AuditEntry(
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.table(),
                    e.recordId(),
                    e.action(),
                    e.oldValue(),
                    e.newValue(),
                    e.reason(),
                    prev,
                    null,
                    e.chain(),
                    e.position());
            String hash = key == null ? AuditHash.plain(linked) : AuditHash.keyed(key, linked);
            try (PreparedStatement p = su.prepareStatement(
                    "UPDATE audit_log SET new_value = ?::json, prev_hash = ?, hash = ? WHERE seq = ?")) {
                p.setString(1, e.newValue());
                p.setString(2, prev);
                p.setString(3, hash);
                p.setLong(4, e.seq());
                p.executeUpdate();
            }
            prev = hash;
        }
        if (upTo == Long.MAX_VALUE) {
            try (PreparedStatement p = su.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = ?")) {
                p.setString(1, prev);
                p.setInt(2, chain);
                p.executeUpdate();
            }
        }
    }
}
