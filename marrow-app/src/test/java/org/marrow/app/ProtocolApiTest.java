package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;
import tools.jackson.databind.JsonNode;

/** Studies bound to protocols; a subject's screening, schedule and dose advice through the API. */
class ProtocolApiTest extends ApiTest {
    Site site;
    Site other;
    String admin;
    String coordinator;
    String outsider;

    @BeforeEach
    void setUp() {
        site = site();
        other = site();
        admin = user(Role.ADMIN);
        coordinator = user(Role.COORDINATOR, site);
        outsider = user(Role.COORDINATOR, other);
    }

    private Study study(String protocol) {
        return studies.create(unique("STUDY"), "A study", protocol, "1.0");
    }

    private long enrolled(Study study, String code) {
        Map<String, Object> s = new HashMap<>();
        s.put("subject_code", code);
        s.put("site_id", site.id());
        s.put("sex", "F");
        s.put("birth_date", "1980-01-01");
        s.put("weight_kg", 60);
        s.put("height_cm", 165);
        s.put("enrolled_on", "2024-01-02");
        s.put("first_dose_on", "2024-01-03");
        Response r = post(coordinator, "/api/studies/" + study.id() + "/subjects", s);
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.get("id").asLong();
    }

    @Test
    void aStudyIsBoundToAKnownProtocolAndTakesItsCriteriaSet() {
        Response created = post(
                admin,
                "/api/studies",
                Map.of("code", unique("S"), "title", "T", "protocol_id", "romiplostim-csa", "protocol_version", "1.0"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        // romiplostim-csa-1.0.yaml: response criteria: lineage
        assertThat(created.get("criteria_set").asString()).isEqualTo("lineage");

        Response unknown = post(
                admin,
                "/api/studies",
                Map.of("code", unique("S"), "title", "T", "protocol_id", "doc-000", "protocol_version", "1.0"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("field").asString()).isEqualTo("protocol_id");
        assertThat(unknown.get("value").asString()).isEqualTo("doc-000 1.0");
        assertThat(unknown.get("expected").asString()).contains("ctx-ist 1.0");

        Response wrongSet = post(
                admin,
                "/api/studies",
                Map.of(
                        "code", unique("S"),
                        "title", "T",
                        "protocol_id", "ctx-ist",
                        "protocol_version", "1.0",
                        "criteria_set", "lineage"));
        assertThat(wrongSet.status()).isEqualTo(400);
        assertThat(wrongSet.get("field").asString()).isEqualTo("criteria_set");
        assertThat(wrongSet.get("expected").asString()).contains("five-tier");
    }

    @Test
    void screeningWithoutDataIsIncompleteWithEveryCriterionExplained() {
        Study study = study("ctx-ist");
        long id = subject(coordinator, study, site, "SCR-1");
        Response r = get(coordinator, "/api/subjects/" + id + "/screening?on=2024-01-05");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        assertThat(r.get("protocol").get("id").asString()).isEqualTo("ctx-ist");
        assertThat(r.get("on").asString()).isEqualTo("2024-01-05");
        assertThat(r.get("on_basis").asString()).isEqualTo("on");
        // No labs: the lab criteria are UNKNOWN, never a pass.
        assertThat(r.get("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(r.get("criteria").size()).isGreaterThan(3);
        boolean someUnknownWithMissing = false;
        for (JsonNode c : r.get("criteria")) {
            assertThat(c.get("finding").asString()).isIn("MET", "NOT_MET", "UNKNOWN");
            assertThat(c.get("reason").asString()).isNotBlank();
            someUnknownWithMissing |= c.get("finding").asString().equals("UNKNOWN")
                    && !c.get("missing").isEmpty();
        }
        assertThat(someUnknownWithMissing).isTrue();
    }

    @Test
    void screeningUsesTheLabsEnteredWithTheirEvidence() {
        Study study = study("ctx-ist");
        long id = subject(coordinator, study, site, "SCR-2");
        Response visit = post(
                coordinator,
                "/api/subjects/" + id + "/visits",
                Map.of(
                        "date",
                        "2024-01-03",
                        "labs",
                        java.util.List.of(
                                Map.of("test", "HGB", "value", 6.2, "unit", "g/dL"),
                                Map.of("test", "PLAT", "value", 8, "unit", "10^9/L"),
                                Map.of("test", "NEUT", "value", 0.12, "unit", "10^9/L"),
                                Map.of("test", "RETI", "value", 9, "unit", "10^9/L"),
                                Map.of("test", "CELLULARITY", "value", 10, "unit", "%"))));
        assertThat(visit.status()).as("%s", visit.body()).isEqualTo(201);
        Response r = get(coordinator, "/api/subjects/" + id + "/screening?on=2024-01-04");
        assertThat(r.status()).isEqualTo(200);
        boolean evidenceFromLabs = false;
        for (JsonNode c : r.get("criteria")) {
            for (JsonNode e : c.get("evidence")) {
                evidenceFromLabs |= "2024-01-03".equals(e.get("date").asString());
            }
        }
        assertThat(evidenceFromLabs).isTrue();
    }

    @Test
    void scheduleListsDosesAndVisitsFromTheFirstDose() {
        Study study = study("ctx-ist");
        long id = enrolled(study, "SCH-1");
        Response r = get(coordinator, "/api/subjects/" + id + "/schedule");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        assertThat(r.get("arm").asString()).isEqualTo("ctx-ist");
        assertThat(r.get("first_dose").asString()).isEqualTo("2024-01-03");
        assertThat(r.get("doses").size()).isGreaterThan(0);
        assertThat(r.get("doses").get(0).get("study_day").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(r.get("visits").size()).isGreaterThan(0);

        long candidate = subject(coordinator, study, site, "SCH-2");
        Response none = get(coordinator, "/api/subjects/" + candidate + "/schedule");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.get("message").asString()).contains("SCH-2").contains("first dose");
    }

    @Test
    void adviceNeedsADateOnOrAfterTheFirstDose() {
        Study study = study("romiplostim-csa");
        long id = enrolled(study, "ADV-1");
        Response r = get(coordinator, "/api/subjects/" + id + "/advice?on=2024-01-10");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        assertThat(r.get("study_day").asInt()).isEqualTo(8);
        assertThat(r.get("advice").size()).isGreaterThan(0);
        for (JsonNode a : r.get("advice")) {
            assertThat(a.get("action").asString()).isNotBlank();
            assertThat(a.get("rule").asString()).isNotBlank();
        }
        Response early = get(coordinator, "/api/subjects/" + id + "/advice?on=2024-01-01");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.get("field").asString()).isEqualTo("on");
        assertThat(early.get("value").asString()).isEqualTo("2024-01-01");
        assertThat(get(coordinator, "/api/subjects/" + id + "/advice").status()).isEqualTo(400);
    }

    @Test
    void protocolViewsOfAnotherSitesSubjectAreNotFound() {
        Study study = study("ctx-ist");
        long id = enrolled(study, "SCOPE-1");
        assertThat(get(outsider, "/api/subjects/" + id + "/screening").status()).isEqualTo(404);
        assertThat(get(outsider, "/api/subjects/" + id + "/schedule").status()).isEqualTo(404);
        assertThat(get(outsider, "/api/subjects/" + id + "/advice?on=2024-01-10")
                        .status())
                .isEqualTo(404);
    }
}
