package org.marrow.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit chain: recomputes every row's hash, checks that it links to the previous row, that
 * no sequence number is missing and that the head points at the last row. A row changed or removed
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
        long[] expected = {1};
        String[] prev = {AuditHash.GENESIS};
        long[] count = {0};
        jdbc.sql("SELECT * FROM audit_log ORDER BY seq").query(rs -> {
            AuditEntry e = AuditTrail.entry(rs, 0);
            count[0]++;
            if (e.seq() != expected[0] && problems.size() < MAX_PROBLEMS) {
                problems.add("rows " + expected[0] + " to " + (e.seq() - 1) + " are missing");
            }
            if (!e.prevHash().equals(prev[0]) && problems.size() < MAX_PROBLEMS) {
                problems.add("row " + e.seq() + " does not link to the previous row (prev_hash " + e.prevHash()
                        + ", previous row's hash " + prev[0] + ")");
            }
            String hash = AuditHash.of(e);
            if (!hash.equals(e.hash()) && problems.size() < MAX_PROBLEMS) {
                problems.add("row " + e.seq() + " (" + e.table() + " " + e.recordId() + ", " + e.action()
                        + ") was altered: its content hashes to " + hash + ", not the stored " + e.hash());
            }
            expected[0] = e.seq() + 1;
            prev[0] = e.hash();
        });
        Map<String, Object> head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query()
                .singleRow();
        long headSeq = ((Number) head.get("seq")).longValue();
        if (headSeq != expected[0] - 1 || !prev[0].equals(head.get("hash"))) {
            problems.add("the chain head (row " + headSeq + ") does not match the last row (" + (expected[0] - 1)
                    + "): rows were removed from the end or added outside the application");
        }
        return new AuditVerification(problems.isEmpty(), count[0], problems);
    }
}
