package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import org.marrow.stats.randomization.Allocation;
import org.marrow.stats.randomization.PermutedBlockDesign;

/**
 * Arm assignment at enrolment. Protocol sirolimus-csa 1.0 randomizes sirolimus : sirolimus-csa 1:3 in
 * permuted blocks of 4 (sirolimus-csa-1.0.yaml, design.randomization), so every complete block of 4
 * enrolments in a stratum holds one sirolimus and three sirolimus-csa.
 */
class RandomizationTest extends ApiTest {
    Site siteA;
    Site siteB;
    String coordA;
    String coordB;

    @BeforeEach
    void setUp() {
        siteA = site();
        siteB = site();
        coordA = user(Role.COORDINATOR, siteA);
        coordB = user(Role.COORDINATOR, siteB);
    }

    private Map<String, Object> subjectBody(Site site, String code, String enrolledOn) {
        Map<String, Object> s = new HashMap<>();
        s.put("subject_code", code);
        s.put("site_id", site.id());
        s.put("sex", "M");
        s.put("birth_date", "1975-06-01");
        s.put("weight_kg", 70);
        s.put("height_cm", 175);
        if (enrolledOn != null) {
            s.put("enrolled_on", enrolledOn);
        }
        return s;
    }

    private Response enrol(String user, Study study, Site site, String code) {
        return post(user, "/api/studies/" + study.id() + "/subjects", subjectBody(site, code, "2024-02-01"));
    }

    private static long count(List<String> arms, String arm) {
        return arms.stream().filter(arm::equals).count();
    }

    @Test
    void everyBlockOfFourHoldsTheOneToThreeRatio() {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Response r = enrol(coordA, study, siteA, "R-" + i);
            assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
            arms.add(r.get("arm").asString());
        }
        for (List<String> block : List.of(arms.subList(0, 4), arms.subList(4, 8))) {
            assertThat(count(block, "sirolimus")).as("block %s", block).isEqualTo(1);
            assertThat(count(block, "sirolimus-csa")).as("block %s", block).isEqualTo(3);
        }
    }

    @Test
    void concurrentEnrolmentsTakeConsecutiveSlotsOnce() throws Exception {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String code = "C-" + i;
                answers.add(pool.submit(() -> enrol(coordA, study, siteA, code)));
            }
            for (var a : answers) {
                assertThat(a.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> taken = jdbc.sql("SELECT s.sequence, s.arm, s.subject_id, j.arm AS subject_arm"
                        + " FROM randomization_slot s JOIN randomization_stratum r ON r.id = s.stratum_id"
                        + " JOIN subject j ON j.id = s.subject_id WHERE r.study_id = ? ORDER BY s.sequence")
                .param(study.id())
                .query()
                .listOfRows();
        assertThat(taken).extracting(r -> r.get("sequence")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(taken).allSatisfy(r -> assertThat(r.get("subject_arm")).isEqualTo(r.get("arm")));
        List<String> arms = taken.stream().map(r -> (String) r.get("arm")).toList();
        assertThat(count(arms.subList(0, 4), "sirolimus")).isEqualTo(1);
        assertThat(count(arms.subList(4, 8), "sirolimus")).isEqualTo(1);
    }

    @Test
    void theStoredListIsTheOneItsSeedGenerates() {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            arms.add(enrol(coordA, study, siteA, "S-" + i).get("arm").asString());
        }
        Map<String, Object> stratum = jdbc.sql(
                        "SELECT stratum, seed, design FROM randomization_stratum WHERE study_id = ?")
                .param(study.id())
                .query()
                .singleRow();
        assertThat(stratum.get("stratum")).isEqualTo("all");
        assertThat(stratum.get("design")).isEqualTo("--arms sirolimus,sirolimus-csa --ratio 1:3 --block 4");
        List<Allocation> expected = PermutedBlockDesign.of(List.of("sirolimus", "sirolimus-csa"), 1, 3)
                .withBlockSizes(4)
                .generate(5, (Long) stratum.get("seed"))
                .allocations();
        assertThat(arms).isEqualTo(expected.stream().map(Allocation::arm).toList());
    }

    @Test
    void eachAssignmentIsAuditedWithTheSubjectAndItsSlot() {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        Response r = enrol(coordA, study, siteA, "AUD-1");
        long subject = r.get("id").asLong();
        Map<String, Object> audit = jdbc.sql("SELECT actor, action, new_value::text AS new_value, reason FROM audit_log"
                        + " WHERE table_name = 'randomization_slot' AND (new_value ->> 'subject_id')::bigint = ?")
                .param(subject)
                .query()
                .singleRow();
        assertThat(audit.get("actor")).isEqualTo(coordA);
        assertThat(audit.get("action")).isEqualTo("UPDATE");
        assertThat((String) audit.get("new_value"))
                .contains("\"arm\":\"" + r.get("arm").asString() + "\"");
        assertThat((String) audit.get("reason")).contains("AUD-1").contains("stratum all");
        // The subject's own audit row carries the assigned arm.
        assertThat(jdbc.sql("SELECT new_value ->> 'arm' FROM audit_log WHERE table_name = 'subject' AND record_id = ?")
                        .param(subject)
                        .query(String.class)
                        .single())
                .isEqualTo(r.get("arm").asString());
    }

    @Test
    void enrollingByEditAssignsTheArmAndTheArmIsNotEditable() {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        Response created = post(coordA, "/api/studies/" + study.id() + "/subjects", subjectBody(siteA, "E-1", null));
        assertThat(created.get("arm").isNull()).isTrue();
        long id = created.get("id").asLong();
        Map<String, Object> edit = subjectBody(siteA, "E-1", "2024-02-03");
        edit.put("version", 0);
        edit.put("reason", "enrolled");
        Response enrolled = put(coordA, "/api/subjects/" + id, edit);
        assertThat(enrolled.status()).as("%s", enrolled.body()).isEqualTo(200);
        String arm = enrolled.get("arm").asString();
        assertThat(arm).isIn("sirolimus", "sirolimus-csa");

        Map<String, Object> change = subjectBody(siteA, "E-1", "2024-02-03");
        change.put("version", enrolled.get("version").asInt());
        change.put("reason", "swap");
        change.put("arm", arm.equals("sirolimus") ? "sirolimus-csa" : "sirolimus");
        Response refused = put(coordA, "/api/subjects/" + id, change);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asString()).isEqualTo("arm");

        Response chosen = post(
                coordA,
                "/api/studies/" + study.id() + "/subjects",
                new HashMap<>(Map.of(
                        "subject_code", "E-2",
                        "site_id", siteA.id(),
                        "sex", "F",
                        "birth_date", "1990-01-01",
                        "weight_kg", 50,
                        "height_cm", 160,
                        "enrolled_on", "2024-02-03",
                        "arm", "sirolimus")));
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(chosen.get("field").asString()).isEqualTo("arm");
    }

    @Test
    void stratifiedBySiteEachSiteHasItsOwnList() {
        Study study = studies.create(unique("STRAT"), "Stratified", "sirolimus-csa-by-site", "1.0");
        List<String> armsA = new ArrayList<>();
        List<String> armsB = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            armsA.add(enrol(coordA, study, siteA, "A-" + i).get("arm").asString());
            armsB.add(enrol(coordB, study, siteB, "B-" + i).get("arm").asString());
        }
        assertThat(count(armsA, "sirolimus")).isEqualTo(1);
        assertThat(count(armsB, "sirolimus")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT stratum FROM randomization_stratum WHERE study_id = ? ORDER BY id")
                        .param(study.id())
                        .query(String.class)
                        .list())
                .containsExactly("site=" + siteA.code(), "site=" + siteB.code());
    }

    @Test
    void aCoordinatorCannotEnrolAnotherSitesSubject() {
        Study study = studies.create(unique("RND"), "Randomized", "sirolimus-csa", "1.0");
        Response atOtherSite = enrol(coordB, study, siteA, "X-1");
        assertThat(atOtherSite.status()).isEqualTo(400);
        assertThat(atOtherSite.get("field").asString()).isEqualTo("site_id");

        long id = post(coordA, "/api/studies/" + study.id() + "/subjects", subjectBody(siteA, "X-2", null))
                .get("id")
                .asLong();
        Map<String, Object> edit = subjectBody(siteA, "X-2", "2024-02-03");
        edit.put("version", 0);
        edit.put("reason", "enrolled");
        assertThat(put(coordB, "/api/subjects/" + id, edit).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM randomization_stratum WHERE study_id = ?")
                        .param(study.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void singleArmAndMatchedControlProtocolsAssignTheOnlyTreatedArm() {
        Study single = studies.create(unique("ONE"), "Single arm", "ctx-ist", "1.0");
        assertThat(enrol(coordA, single, siteA, "O-1").get("arm").asString()).isEqualTo("ctx-ist");
        // Clients that send the arm (the first API): only the protocol's only treated arm is accepted.
        Map<String, Object> withArm = subjectBody(siteA, "O-2", "2024-02-01");
        withArm.put("arm", "ctx-ist");
        assertThat(post(coordA, "/api/studies/" + single.id() + "/subjects", withArm)
                        .status())
                .isEqualTo(201);
        withArm.put("subject_code", "O-3");
        withArm.put("arm", "another-arm");
        Response wrong = post(coordA, "/api/studies/" + single.id() + "/subjects", withArm);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.get("field").asString()).isEqualTo("arm");
        Study matched = studies.create(unique("MATCH"), "Matched", "hpag-ist", "1.0");
        assertThat(enrol(coordA, matched, siteA, "M-1").get("arm").asString()).isEqualTo("hpag-ist");
        assertThat(jdbc.sql("SELECT count(*) FROM randomization_stratum WHERE study_id IN (?, ?)")
                        .params(single.id(), matched.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
