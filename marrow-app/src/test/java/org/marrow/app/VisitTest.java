package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;

/** {@code POST /api/subjects/{id}/visits}: a visit's labs saved together, audited, response re-derived. */
class VisitTest extends ApiTest {

    private static List<Map<String, Object>> labs(double hgb, double plat, double neut) {
        return List.of(
                Map.of("test", "HGB", "value", hgb, "unit", "g/dL"),
                Map.of("test", "PLAT", "value", plat, "unit", "10^9/L"),
                Map.of("test", "NEUT", "value", neut, "unit", "10^9/L"),
                Map.of("test", "RETI", "value", 15, "unit", "10^9/L"));
    }

    @Test
    void aVisitIsStoredAuditedAndAssessed() {
        Site site = site();
        String coord = user(Role.COORDINATOR, site);
        Study study = studies.create(unique("VIS"), "Visits", "ctx-ist", "1.0");
        Map<String, Object> s = new HashMap<>(Map.of(
                "subject_code", "V-1",
                "site_id", site.id(),
                "sex", "F",
                "birth_date", "1980-01-01",
                "weight_kg", 60,
                "height_cm", 165,
                "enrolled_on", "2024-01-02",
                "first_dose_on", "2024-01-03"));
        long id = post(coord, "/api/studies/" + study.id() + "/subjects", s)
                .get("id")
                .asLong();
        Response baseline = post(
                coord, "/api/subjects/" + id + "/visits", Map.of("date", "2024-01-02", "labs", labs(6.2, 8, 0.12)));
        assertThat(baseline.status()).as("%s", baseline.body()).isEqualTo(201);
        assertThat(baseline.get("assessment").get("response_summary").asString())
                .isEqualTo("not assessed before the first dose");

        long audit = auditRows();
        Response r = post(
                coord,
                "/api/subjects/" + id + "/visits",
                Map.of("date", "2024-04-01", "labs", labs(11.5, 120, 1.8), "reason", "month 3"));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        assertThat(r.get("labs").size()).isEqualTo(4);
        assertThat(r.get("labs").get(0).get("date").asString()).isEqualTo("2024-04-01");
        assertThat(auditRows()).isEqualTo(audit + 4);
        // After the first dose the response is assessed against the baseline (five-tier, ctx-ist).
        assertThat(r.get("assessment").get("date").asString()).isEqualTo("2024-04-01");
        assertThat(r.get("assessment").get("response_summary").asString())
                .isNotEqualTo("not assessed before the first dose");
        assertThat(get(coord, "/api/subjects/" + id + "/labs").body().size()).isEqualTo(8);
    }

    @Test
    void aBadLabRefusesTheWholeVisitNamingTheLab() {
        Site site = site();
        String coord = user(Role.COORDINATOR, site);
        Study study = studies.create(unique("VIS"), "Visits", "ctx-ist", "1.0");
        long id = subject(coord, study, site, "V-2");
        long audit = auditRows();
        Response r = post(
                coord,
                "/api/subjects/" + id + "/visits",
                Map.of(
                        "date",
                        "2024-01-05",
                        "labs",
                        List.of(
                                Map.of("test", "HGB", "value", 9.5, "unit", "g/dL"),
                                Map.of("test", "PLAT", "value", -3, "unit", "10^9/L"))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).startsWith("labs[1].");
        assertThat(r.get("message").asString()).startsWith("labs[1]: ");
        assertThat(get(coord, "/api/subjects/" + id + "/labs").body().size()).isZero();
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void anotherSitesCoordinatorCannotSaveAVisit() {
        Site site = site();
        Site other = site();
        String coord = user(Role.COORDINATOR, site);
        String outsider = user(Role.COORDINATOR, other);
        Study study = studies.create(unique("VIS"), "Visits", "ctx-ist", "1.0");
        long id = subject(coord, study, site, "V-3");
        assertThat(post(
                                outsider,
                                "/api/subjects/" + id + "/visits",
                                Map.of("date", "2024-01-05", "labs", labs(9, 9, 1)))
                        .status())
                .isEqualTo(404);
    }
}
