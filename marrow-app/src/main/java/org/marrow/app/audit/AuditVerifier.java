package org.marrow.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit chains: recomputes every row's hash (HMAC-SHA-256 under the audit key after the chain's
 * recorded start, plain SHA-256 before it), checks that it links to the previous row of its chain, that no
 * position is missing, that each chain's head points at its last row, that the recorded starts are signed with
 * the key and that the last row before a start is the one recorded. Given an anchor, it also checks that the rows
 * at the anchored heads are still there with the same hashes. A row changed, removed or added behind the
 * database's back (triggers disabled by the owner, files edited, a chain recomputed with plain SHA-256) breaks
 * the chain there.
 */
@Service
public class AuditVerifier {
    private static final int MAX_PROBLEMS = 100;

    private final JdbcClient jdbc;
    private final AuditKeyring keyring;

    AuditVerifier(JdbcClient jdbc, AuditKeyring keyring) {
        this.jdbc = jdbc;
        this.keyring = keyring;
    }

    /**
     * Verifies the whole trail in one consistent snapshot.
     *
     * @return the verification
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        return check(Optional.empty());
    }

    /**
     * Verifies the whole trail and that nothing up to an anchor's heads changed.
     *
     * @param anchor heads read earlier and kept outside the database
     * @return the verification
     * @throws AuditKeyMismatchException if the anchor was made under another audit key
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify(AuditAnchor anchor) {
        if (!anchor.keyFingerprint().equals(keyring.key().fingerprint())) {
            throw new AuditKeyMismatchException(keyring.key().fingerprint(), anchor.keyFingerprint());
        }
        return check(Optional.of(anchor));
    }

    /**
     * The chain heads now, to keep outside the database.
     *
     * @return the anchor
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditAnchor anchor() {
        List<AuditAnchor.Head> heads = jdbc.sql("SELECT id, seq, hash FROM audit_head ORDER BY id")
                .query((rs, n) -> new AuditAnchor.Head(rs.getInt(1), rs.getLong(2), rs.getString(3)))
                .list();
        long rows = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        return new AuditAnchor(
                AuditAnchor.FORMAT,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                keyring.key().fingerprint(),
                rows,
                heads);
    }

    private AuditVerification check(Optional<AuditAnchor> anchor) {
        AuditKey key = keyring.key();
        List<String> problems = new ArrayList<>();
        Map<Integer, AuditKeyring.ChainStart> starts = keyring.starts();
        for (AuditKeyring.ChainStart s : starts.values()) {
            if (!keyring.mac(s.chain(), s.position(), s.hash()).equals(s.mac())) {
                add(
                        problems,
                        "chain " + s.chain() + ": its recorded start (position " + s.position()
                                + ") is not signed with the audit key: the switch to the keyed chain was altered");
            }
        }
        Map<Integer, Long> lastPosition = new HashMap<>();
        Map<Integer, String> lastHash = new HashMap<>();
        Map<String, String> anchored = new HashMap<>();
        anchor.ifPresent(a -> a.chains().forEach(h -> anchored.put(h.chain() + ":" + h.position(), h.hash())));
        Map<String, Boolean> anchorSeen = new HashMap<>();
        long[] count = {0};
        jdbc.sql("SELECT * FROM audit_log ORDER BY chain, position").query(rs -> {
            AuditEntry e = AuditTrail.entry(rs, 0);
            count[0]++;
            long expected = lastPosition.getOrDefault(e.chain(), 0L) + 1;
            String prev = lastHash.getOrDefault(e.chain(), AuditHash.GENESIS);
            if (e.position() != expected) {
                add(
                        problems,
                        "chain " + e.chain() + ": positions " + expected + " to " + (e.position() - 1)
                                + " are missing");
            }
            if (!e.prevHash().equals(prev)) {
                add(
                        problems,
                        "row " + e.seq() + " (chain " + e.chain() + " position " + e.position()
                                + ") does not link to the previous row (prev_hash " + e.prevHash()
                                + ", previous row's hash " + prev + ")");
            }
            AuditKeyring.ChainStart start = starts.get(e.chain());
            boolean keyed = start == null || e.position() > start.position();
            String hash = keyed ? AuditHash.keyed(key, e) : AuditHash.plain(e);
            if (!hash.equals(e.hash())) {
                add(
                        problems,
                        "row " + e.seq() + " (" + e.table() + " " + e.recordId() + ", " + e.action()
                                + ") was altered: its content hashes to " + hash + ", not the stored " + e.hash()
                                + (keyed
                                        ? " (HMAC-SHA-256 under the audit key)"
                                        : " (SHA-256, written before the key)"));
            }
            if (start != null && e.position() == start.position() && !e.hash().equals(start.hash())) {
                add(
                        problems,
                        "row " + e.seq() + " (chain " + e.chain() + " position " + e.position()
                                + ") is not the row the keyed chain was started after: the rows before the key were"
                                + " rewritten");
            }
            String at = e.chain() + ":" + e.position();
            if (anchored.containsKey(at)) {
                anchorSeen.put(at, true);
                if (!anchored.get(at).equals(e.hash())) {
                    add(
                            problems,
                            "row " + e.seq() + " (chain " + e.chain() + " position " + e.position()
                                    + ") differs from the anchor: the history up to the anchor was rewritten");
                }
            }
            lastPosition.put(e.chain(), e.position());
            lastHash.put(e.chain(), e.hash());
        });
        for (int chain = 1; chain <= AuditTrail.CHAINS; chain++) {
            AuditKeyring.ChainStart s = starts.get(chain);
            if (s == null) {
                add(problems, "chain " + chain + ": no recorded start of the keyed chain: it was removed");
            } else if (s.position() > lastPosition.getOrDefault(chain, 0L)) {
                add(
                        problems,
                        "chain " + chain + ": rows up to position " + s.position()
                                + ", written before the key, are missing");
            } else if (s.position() == 0 && !s.hash().equals(AuditHash.GENESIS)) {
                add(problems, "chain " + chain + ": its recorded start is not the chain's beginning");
            }
        }
        anchored.forEach((at, hash) -> {
            long position = Long.parseLong(at.substring(at.indexOf(':') + 1));
            if (position > 0 && !anchorSeen.containsKey(at)) {
                add(
                        problems,
                        "chain " + at.substring(0, at.indexOf(':')) + ": the anchored row at position " + position
                                + " is missing");
            }
        });
        jdbc.sql("SELECT id, seq, hash FROM audit_head ORDER BY id").query(rs -> {
            int chain = rs.getInt(1);
            long last = lastPosition.getOrDefault(chain, 0L);
            if (rs.getLong(2) != last || !rs.getString(3).equals(lastHash.getOrDefault(chain, AuditHash.GENESIS))) {
                add(
                        problems,
                        "chain " + chain + ": the head (position " + rs.getLong(2)
                                + ") does not match the last row (position " + last
                                + "): rows were removed from the end or added outside the application");
            }
        });
        return new AuditVerification(problems.isEmpty(), count[0], problems);
    }

    private static void add(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
