package org.marrow.app.randomization;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.marrow.app.audit.AuditTrail;
import org.marrow.app.web.ConflictException;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.Randomization;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.ArmType;
import org.marrow.stats.randomization.Allocation;
import org.marrow.stats.randomization.PermutedBlockDesign;
import org.marrow.stats.randomization.RandomizationList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns the arm of a subject at enrolment, in the enrolment's transaction.
 *
 * <p>A randomized protocol: the subject's stratum is the levels of the protocol's {@code stratify_by}
 * factors ({@code site}, {@code sex}; {@code all} without factors). Each stratum of a study has its own
 * stored list, generated when its first subject is enrolled by {@link PermutedBlockDesign} from the
 * protocol's arms (experimental and control), ratios and block sizes, with a seed drawn from
 * {@link SecureRandom} and kept in the database, so the list can be regenerated and checked with
 * {@code marrow design randomize}. The stratum row is locked for the transaction, so concurrent
 * enrolments in one stratum take consecutive allocations in commit order; the taken allocation is
 * audited. A list that runs out is extended by generating a longer list from the same seed (a longer
 * list begins with the shorter one).
 *
 * <p>Any other protocol (single arm, matched historical controls): the protocol's only treated arm.
 */
@Service
public class Randomizer {
    private static final int DEFAULT_LIST_LENGTH = 100;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    Randomizer(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * An arm assignment.
     *
     * @param arm the arm id
     * @param stratum the stratum label, null when the protocol does not randomize
     * @param sequence the allocation's position in the stratum's list, null when not randomized
     * @param block the allocation's block, null when not randomized
     */
    public record Assignment(String arm, String stratum, Integer sequence, Integer block) {}

    /**
     * The subject being enrolled, as the stratification factors see it.
     *
     * @param id the subject's id
     * @param code the subject's code
     * @param siteCode the site's code (factor {@code site})
     * @param sex {@code M} or {@code F} (factor {@code sex})
     */
    public record Enrollee(long id, String code, String siteCode, String sex) {}

    /**
     * Assigns the arm of a subject being enrolled.
     *
     * @param studyId the study
     * @param protocol the study's protocol
     * @param subject the subject
     * @return the assignment
     * @throws ConflictException if the protocol neither randomizes nor has exactly one treated arm, or
     *     the subject already has an allocation
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Assignment assign(long studyId, Protocol protocol, Enrollee subject) {
        List<Arm> treated = protocol.arms().stream()
                .filter(a -> a.type() != ArmType.HISTORICAL_CONTROL)
                .toList();
        if (protocol.design().randomization().isEmpty()) {
            if (treated.size() != 1) {
                throw new ConflictException("Protocol " + protocol.id() + " " + protocol.version() + " has "
                        + treated.size() + " treated arms and no randomization; cannot assign an arm");
            }
            return new Assignment(treated.get(0).id(), null, null, null);
        }
        Randomization randomization = protocol.design().randomization().get();
        PermutedBlockDesign design = design(treated, randomization);
        String stratum = stratum(randomization, subject);
        long stratumId = openStratum(studyId, stratum, design, listLength(protocol, design));
        Map<String, Object> slot = jdbc
                .sql("SELECT id, sequence, block, block_size, arm FROM randomization_slot"
                        + " WHERE stratum_id = ? AND subject_id IS NULL ORDER BY sequence LIMIT 1")
                .param(stratumId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseGet(() -> extend(stratumId, design));
        long slotId = ((Number) slot.get("id")).longValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE randomization_slot SET subject_id = ?, assigned_at = ? WHERE id = ?")
                .params(subject.id(), Timestamp.from(now), slotId)
                .update();
        Map<String, Object> before = allocation(studyId, stratum, slot, null, null);
        Map<String, Object> after = allocation(studyId, stratum, slot, subject.id(), now.toString());
        audit.updated(
                "randomization_slot",
                slotId,
                before,
                after,
                "enrolment of subject " + subject.code() + ": next free allocation of stratum " + stratum);
        return new Assignment(
                (String) slot.get("arm"),
                stratum,
                ((Number) slot.get("sequence")).intValue(),
                ((Number) slot.get("block")).intValue());
    }

    private static Map<String, Object> allocation(
            long studyId, String stratum, Map<String, Object> slot, Long subjectId, String at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study_id", studyId);
        m.put("stratum", stratum);
        m.put("sequence", slot.get("sequence"));
        m.put("block", slot.get("block"));
        m.put("block_size", slot.get("block_size"));
        m.put("arm", slot.get("arm"));
        m.put("subject_id", subjectId);
        m.put("assigned_at", at);
        return m;
    }

    static PermutedBlockDesign design(List<Arm> arms, Randomization randomization) {
        PermutedBlockDesign design = PermutedBlockDesign.of(
                arms.stream().map(Arm::id).toList(),
                arms.stream().mapToInt(Arm::ratio).toArray());
        if (!randomization.blockSizes().isEmpty()) {
            design = design.withBlockSizes(randomization.blockSizes().stream()
                    .mapToInt(Integer::intValue)
                    .toArray());
        }
        return design;
    }

    static String stratum(Randomization randomization, Enrollee subject) {
        if (randomization.stratifyBy().isEmpty()) {
            return "all";
        }
        StringJoiner label = new StringJoiner(";");
        for (String factor : randomization.stratifyBy()) {
            String level =
                    switch (factor) {
                        case "site" -> subject.siteCode();
                        case "sex" -> subject.sex();
                        default ->
                            throw new ConflictException("The protocol stratifies by '" + factor
                                    + "', which the application cannot fill in; expected site or sex");
                    };
            label.add(factor + "=" + level);
        }
        return label.toString();
    }

    private static int listLength(Protocol protocol, PermutedBlockDesign design) {
        int maxBlock =
                design.blockSizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int n = protocol.design().enrollment().orElse(DEFAULT_LIST_LENGTH);
        return Math.max(n, 2 * maxBlock);
    }

    /** The locked stratum row's id; its list is generated when the stratum is first opened. */
    private long openStratum(long studyId, String stratum, PermutedBlockDesign design, int length) {
        long seed = random.nextLong();
        List<Long> created = jdbc.sql("INSERT INTO randomization_stratum (study_id, stratum, seed, design)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (study_id, stratum) DO NOTHING RETURNING id")
                .params(studyId, stratum, seed, designText(design))
                .query(Long.class)
                .list();
        if (!created.isEmpty()) {
            insertSlots(created.get(0), design.generate(length, seed), 0);
            return created.get(0);
        }
        return jdbc.sql("SELECT id FROM randomization_stratum WHERE study_id = ? AND stratum = ? FOR UPDATE")
                .params(studyId, stratum)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> extend(long stratumId, PermutedBlockDesign design) {
        long seed = jdbc.sql("SELECT seed FROM randomization_stratum WHERE id = ?")
                .param(stratumId)
                .query(Long.class)
                .single();
        int used = jdbc.sql("SELECT max(sequence) FROM randomization_slot WHERE stratum_id = ?")
                .param(stratumId)
                .query(Integer.class)
                .single();
        insertSlots(stratumId, design.generate(2 * used, seed), used);
        return jdbc.sql("SELECT id, sequence, block, block_size, arm FROM randomization_slot"
                        + " WHERE stratum_id = ? AND sequence = ?")
                .params(stratumId, used + 1)
                .query()
                .singleRow();
    }

    private void insertSlots(long stratumId, RandomizationList list, int after) {
        for (Allocation a : list.allocations()) {
            if (a.sequence() > after) {
                jdbc.sql("INSERT INTO randomization_slot (stratum_id, sequence, block, block_size, arm)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(stratumId, a.sequence(), a.block(), a.blockSize(), a.arm())
                        .update();
            }
        }
    }

    private static String designText(PermutedBlockDesign design) {
        StringJoiner ratio = new StringJoiner(":");
        design.ratio().forEach(r -> ratio.add(r.toString()));
        StringJoiner blocks = new StringJoiner(",");
        design.blockSizes().forEach(b -> blocks.add(b.toString()));
        return "--arms " + String.join(",", design.arms()) + " --ratio " + ratio + " --block " + blocks;
    }
}
