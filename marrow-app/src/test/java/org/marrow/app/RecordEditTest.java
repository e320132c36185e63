package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;

/** Entry, validation, edits with reasons, optimistic locking and the audit rows they write. */
class RecordEditTest extends ApiTest {
    String coord;
    long subject;
    String labs;

    @BeforeEach
    void setUp() {
        Study study = study();
        Site site = site();
        coord = user(Role.COORDINATOR, site);
        subject = subject(coord, study, site, "S-1");
        labs = "/api/subjects/" + subject + "/labs";
    }

    private long lab(String value) {
        Response r = post(
                coord, labs, "{\"date\":\"2024-01-03\",\"test\":\"HGB\",\"value\":" + value + ",\"unit\":\"g/dL\"}");
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        return r.get("id").asLong();
    }

    @Test
    void valueKeepsItsDigitsAsEntered() {
        long id = lab("9.50");
        assertThat(get(coord, labs + "/" + id).get("value").decimalValue()).hasToString("9.50");
    }

    @Test
    void impossibleValueIsRefusedNamingFieldValueAndExpectationAndNothingIsStored() {
        long auditBefore = auditRows();
        Response r = post(coord, labs, Map.of("date", "2024-01-03", "test", "PLAT", "value", -3, "unit", "10^9/L"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("value");
        assertThat(r.get("value").asString()).contains("-3");
        assertThat(r.get("expected").asString()).isNotBlank();
        assertThat(get(coord, labs).body().size()).isZero();
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void likelyUnitMixUpIsRefusedUnlessConfirmed() {
        Response r = post(coord, labs, Map.of("date", "2024-01-03", "test", "HGB", "value", 9.5, "unit", "g/L"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("value");
        assertThat(r.get("expected").asString()).contains("accept_implausible");
        Response confirmed = post(
                coord,
                labs,
                Map.of("date", "2024-01-03", "test", "HGB", "value", 9.5, "unit", "g/L", "accept_implausible", true));
        assertThat(confirmed.status()).isEqualTo(201);
    }

    @Test
    void badFieldsAreNamed() {
        assertThat(post(coord, labs, Map.of("date", "2024-13-03", "test", "HGB", "value", 9, "unit", "g/dL"))
                        .get("field")
                        .asString())
                .isEqualTo("date");
        assertThat(post(coord, labs, Map.of("date", "2024-01-03", "test", "HGBX", "value", 9, "unit", "g/dL"))
                        .get("field")
                        .asString())
                .isEqualTo("test");
        assertThat(post(coord, labs, Map.of("date", "2024-01-03", "test", "HGB", "value", 9, "unit", "furlong"))
                        .get("field")
                        .asString())
                .isEqualTo("unit");
        assertThat(post(coord, labs, Map.of("date", "1970-01-03", "test", "HGB", "value", 9, "unit", "g/dL"))
                        .get("expected")
                        .asString())
                .contains("birth_date");
        Response dose = post(
                coord,
                "/api/subjects/" + subject + "/doses",
                Map.of("date", "2024-01-03", "drug", "csa", "dose", 150, "unit", "mL"));
        assertThat(dose.status()).isEqualTo(400);
        assertThat(dose.get("field").asString()).isEqualTo("unit");
        Response ae = post(
                coord,
                "/api/subjects/" + subject + "/adverse-events",
                Map.of("term", "Rash maculo-papular", "grade", 7, "start_date", "2024-01-03"));
        assertThat(ae.get("field").asString()).isEqualTo("grade");
    }

    @Test
    void everyKindCanBeEntered() {
        String base = "/api/subjects/" + subject;
        assertThat(post(coord, base + "/transfusions", Map.of("date", "2024-01-05", "product", "RBC", "units", 2))
                        .status())
                .isEqualTo(201);
        assertThat(post(
                                coord,
                                base + "/doses",
                                Map.of(
                                        "date",
                                        "2024-01-10",
                                        "drug",
                                        "p-atg",
                                        "dose",
                                        25,
                                        "unit",
                                        "mg/kg",
                                        // a dose for a subject not yet enrolled is doubtful: confirmed
                                        "accept_implausible",
                                        true))
                        .status())
                .isEqualTo(201);
        assertThat(post(
                                coord,
                                base + "/adverse-events",
                                Map.of(
                                        "term",
                                        "Serum sickness",
                                        "grade",
                                        2,
                                        "start_date",
                                        "2024-01-20",
                                        "serious",
                                        false,
                                        "related_to",
                                        List.of("p-atg")))
                        .status())
                .isEqualTo(201);
        assertThat(post(coord, base + "/events", Map.of("date", "2024-06-20", "type", "RELAPSE"))
                        .status())
                .isEqualTo(201);
        assertThat(post(coord, base + "/history", Map.of("item", "karyotype", "value", "46,XX", "date", "2024-01-03"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void editNeedsAReasonAndIsAuditedWithOldAndNewValues() {
        long id = lab("6.2");
        Response noReason = put(
                coord,
                labs + "/" + id,
                Map.of("date", "2024-01-03", "test", "HGB", "value", 6.3, "unit", "g/dL", "version", 0));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.get("field").asString()).isEqualTo("reason");
        assertThat(get(coord, labs + "/" + id).get("version").asInt()).isZero();

        Response edited = put(
                coord,
                labs + "/" + id,
                Map.of(
                        "date",
                        "2024-01-03",
                        "test",
                        "HGB",
                        "value",
                        6.3,
                        "unit",
                        "g/dL",
                        "version",
                        0,
                        "reason",
                        "transcription error"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.get("version").asInt()).isEqualTo(1);

        Response history = get(coord, labs + "/" + id + "/audit");
        assertThat(history.body().findValuesAsString("action")).containsExactly("INSERT", "UPDATE");
        assertThat(history.body().get(0).get("actor").asString()).isEqualTo(coord);
        assertThat(history.body().get(1).get("reason").asString()).isEqualTo("transcription error");
        assertThat(history.body().get(1).get("old_value").asString()).contains("\"value\":6.2");
        assertThat(history.body().get(1).get("new_value").asString()).contains("\"value\":6.3");

        assertThat(call(coord, "DELETE", labs + "/" + id + "?version=1", null).status())
                .isEqualTo(400);
        assertThat(call(coord, "DELETE", labs + "/" + id + "?version=1&reason=duplicate", null)
                        .status())
                .isEqualTo(204);
        assertThat(get(coord, labs + "/" + id + "/audit").body().findValuesAsString("action"))
                .containsExactly("INSERT", "UPDATE", "DELETE");
    }

    @Test
    void staleEditIsRefusedWith409AndTheCurrentValue() {
        long id = lab("6.2");
        Map<String, Object> edit = Map.of(
                "date", "2024-01-03", "test", "HGB", "value", 6.4, "unit", "g/dL", "version", 0, "reason", "fix");
        assertThat(put(coord, labs + "/" + id, edit).status()).isEqualTo(200);
        Response stale = put(coord, labs + "/" + id, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(stale.get("current").get("value").decimalValue()).hasToString("6.4");
    }

    @Test
    void twoConcurrentEditsOfOneRecordOneWinsTheOtherGets409() throws Exception {
        long id = lab("6.2");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Response>> edits = new ArrayList<>();
        for (String value : List.of("7.1", "7.2")) {
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return put(
                        coord,
                        labs + "/" + id,
                        "{\"date\":\"2024-01-03\",\"test\":\"HGB\",\"value\":" + value
                                + ",\"unit\":\"g/dL\",\"version\":0,\"reason\":\"recount\"}");
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (CompletableFuture<Response> f : edits) {
            Response r = f.get();
            statuses.add(r.status());
            if (r.status() == 200) {
                winner = r.get("value").decimalValue().toPlainString();
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        Response now = get(coord, labs + "/" + id);
        assertThat(now.get("version").asInt()).isEqualTo(1);
        assertThat(now.get("value").decimalValue().toPlainString()).isEqualTo(winner);
        assertThat(get(coord, labs + "/" + id + "/audit").body().findValuesAsString("action"))
                .containsExactly("INSERT", "UPDATE");
    }
}
