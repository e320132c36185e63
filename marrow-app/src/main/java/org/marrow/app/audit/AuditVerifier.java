package org.marrow.app.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit chains: recomputes every row's hash, checks that it links to the previous row of its
 * chain, that no position is missing and that each chain's head points at its last row. A row changed or removed
 * behind the database's back (triggers disabled by the owner, files edited) breaks the chain there.
 */
@Service
public class AuditVerifier {
    private static final int MAX_PROBLEMS = 100;

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Verifies the whole chain in one consistent snapshot.
     *
     * @return the verification
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        List<String> problems = new ArrayList<>();
        Map<Integer, Long> lastPosition = new HashMap<>();
        Map<Integer, String> lastHash = new HashMap<>();
        long[] count = {0};
        jdbc.sql("SELECT * FROM audit_log ORDER BY chain, position").query(rs -> {
            AuditEntry e = AuditTrail.entry(rs, 0);
            count[0]++;
            long expected = lastPosition.getOrDefault(e.chain(), 0L) + 1;
            String prev = lastHash.getOrDefault(e.chain(), AuditHash.GENESIS);
            if (e.position() != expected && problems.size() < MAX_PROBLEMS) {
                problems.add("chain " + e.chain() + ": positions " + expected + " to " + (e.position() - 1)
                        + " are missing");
            }
            if (!e.prevHash().equals(prev) && problems.size() < MAX_PROBLEMS) {
                problems.add("row " + e.seq() + " (chain " + e.chain() + " position " + e.position()
                        + ") does not link to the previous row (prev_hash " + e.prevHash()
                        + ", previous row's hash " + prev + ")");
            }
            String hash = AuditHash.of(e);
            if (!hash.equals(e.hash()) && problems.size() < MAX_PROBLEMS) {
                problems.add("row " + e.seq() + " (" + e.table() + " " + e.recordId() + ", " + e.action()
                        + ") was altered: its content hashes to " + hash + ", not the stored " + e.hash());
            }
            lastPosition.put(e.chain(), e.position());
            lastHash.put(e.chain(), e.hash());
        });
        jdbc.sql("SELECT id, seq, hash FROM audit_head ORDER BY id").query(rs -> {
            int chain = rs.getInt(1);
            long last = lastPosition.getOrDefault(chain, 0L);
            if (rs.getLong(2) != last || !rs.getString(3).equals(lastHash.getOrDefault(chain, AuditHash.GENESIS))) {
                problems.add("chain " + chain + ": the head (position " + rs.getLong(2)
                        + ") does not match the last row (position " + last
                        + "): rows were removed from the end or added outside the application");
            }
        });
        return new AuditVerification(problems.isEmpty(), count[0], problems);
    }
}
