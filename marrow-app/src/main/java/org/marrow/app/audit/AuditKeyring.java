package org.marrow.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Binds the audit key to the database at start: the first time, it records the key's fingerprint and where each
 * chain's keyed part starts (the rows before were written by an earlier Marrow with plain SHA-256), each start
 * signed with the key; afterwards it refuses a key whose fingerprint differs ({@link AuditKeyMismatchException}),
 * before anything is written with it.
 */
@Component
class AuditKeyring implements SmartInitializingSingleton {
    /** Where a chain's keyed rows begin: after {@code position}, whose hash is {@code hash}. */
    record ChainStart(int chain, long position, String hash, String mac) {}

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final TransactionTemplate tx;

    AuditKeyring(JdbcClient jdbc, AuditKey key, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.key = key;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(s -> bind());
    }

    private void bind() {
        // The chain heads are locked while the starts are recorded: no append slips in between.
        Map<Integer, String> heads = new HashMap<>();
        Map<Integer, Long> positions = new HashMap<>();
        jdbc.sql("SELECT id, seq, hash FROM audit_head ORDER BY id FOR UPDATE").query(rs -> {
            positions.put(rs.getInt(1), rs.getLong(2));
            heads.put(rs.getInt(1), rs.getString(3));
        });
        String recorded = jdbc.sql("SELECT fingerprint FROM audit_key WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (recorded != null) {
            if (!recorded.equals(key.fingerprint())) {
                throw new AuditKeyMismatchException(key.fingerprint(), recorded);
            }
            return;
        }
        jdbc.sql("INSERT INTO audit_key (id, fingerprint, created_at) VALUES (1, ?, ?)")
                .params(key.fingerprint(), Timestamp.from(Instant.now()))
                .update();
        for (Map.Entry<Integer, Long> e : positions.entrySet()) {
            int chain = e.getKey();
            String hash = heads.get(chain);
            jdbc.sql("INSERT INTO audit_chain_start (chain, position, hash, mac) VALUES (?, ?, ?, ?)")
                    .params(chain, e.getValue(), hash, mac(chain, e.getValue(), hash))
                    .update();
        }
    }

    /** The MAC that binds a chain's start to the key. */
    String mac(int chain, long position, String hash) {
        return key.sign("chain start " + chain + " " + position + " " + hash);
    }

    /**
     * The recorded starts, by chain.
     *
     * @return the starts
     */
    Map<Integer, ChainStart> starts() {
        Map<Integer, ChainStart> starts = new HashMap<>();
        jdbc.sql("SELECT chain, position, hash, mac FROM audit_chain_start").query(rs -> {
            starts.put(rs.getInt(1), new ChainStart(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
        });
        return starts;
    }

    AuditKey key() {
        return key;
    }
}
