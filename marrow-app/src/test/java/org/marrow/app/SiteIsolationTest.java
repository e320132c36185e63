package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marrow.app.security.Role;
import org.marrow.app.study.Site;
import org.marrow.app.study.Study;

class SiteIsolationTest extends ApiTest {
    Study study;
    Site siteA;
    Site siteB;
    String coordA;
    String coordB;
    long subjectB;
    long labB;

    @BeforeEach
    void setUp() {
        study = study();
        siteA = site();
        siteB = site();
        coordA = user(Role.COORDINATOR, siteA);
        coordB = user(Role.COORDINATOR, siteB);
        subject(coordA, study, siteA, "A-1");
        subjectB = subject(coordB, study, siteB, "B-1");
        Response lab = post(
                coordB,
                "/api/subjects/" + subjectB + "/labs",
                Map.of("date", "2024-01-03", "test", "HGB", "value", 6.2, "unit", "g/dL"));
        assertThat(lab.status()).isEqualTo(201);
        labB = lab.get("id").asLong();
    }

    @Test
    void coordinatorOfSiteACannotReadSiteBSubjectByGuessingItsId() {
        assertThat(get(coordA, "/api/subjects/" + subjectB).status()).isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/labs").status()).isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/labs/" + labB).status())
                .isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/assessment").status())
                .isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/audit").status()).isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/labs/" + labB + "/audit")
                        .status())
                .isEqualTo(404);
        assertThat(get(coordA, "/api/subjects/" + subjectB + "/queries").status())
                .isEqualTo(404);
    }

    @Test
    void notFoundForAnotherSitesSubjectLooksLikeNotFoundForNoSubject() {
        Response other = get(coordA, "/api/subjects/" + subjectB);
        Response none = get(coordA, "/api/subjects/999999999");
        assertThat(other.status()).isEqualTo(none.status()).isEqualTo(404);
        assertThat(other.get("message").asString()).isEqualTo("No subject " + subjectB);
    }

    @Test
    void coordinatorOfSiteACannotChangeSiteBSubject() {
        long before = auditRows();
        assertThat(post(
                                coordA,
                                "/api/subjects/" + subjectB + "/labs",
                                Map.of("date", "2024-01-04", "test", "HGB", "value", 7.0, "unit", "g/dL"))
                        .status())
                .isEqualTo(404);
        assertThat(put(
                                coordA,
                                "/api/subjects/" + subjectB + "/labs/" + labB,
                                Map.of(
                                        "date",
                                        "2024-01-03",
                                        "test",
                                        "HGB",
                                        "value",
                                        7.0,
                                        "unit",
                                        "g/dL",
                                        "version",
                                        0,
                                        "reason",
                                        "typo"))
                        .status())
                .isEqualTo(404);
        assertThat(call(coordA, "DELETE", "/api/subjects/" + subjectB + "/labs/" + labB + "?version=0&reason=x", null)
                        .status())
                .isEqualTo(404);
        assertThat(put(
                                coordA,
                                "/api/subjects/" + subjectB,
                                Map.of(
                                        "subject_code",
                                        "B-1",
                                        "site_id",
                                        siteA.id(),
                                        "sex",
                                        "M",
                                        "birth_date",
                                        "1980-01-01",
                                        "weight_kg",
                                        60,
                                        "height_cm",
                                        165,
                                        "version",
                                        0,
                                        "reason",
                                        "x"))
                        .status())
                .isEqualTo(404);
        assertThat(auditRows()).isEqualTo(before);
        assertThat(get(coordB, "/api/subjects/" + subjectB + "/labs").body().size())
                .isEqualTo(1);
    }

    @Test
    void coordinatorCannotEnterASubjectAtAnotherSite() {
        Response r = post(
                coordA,
                "/api/studies/" + study.id() + "/subjects",
                Map.of(
                        "subject_code",
                        "A-2",
                        "site_id",
                        siteB.id(),
                        "sex",
                        "F",
                        "birth_date",
                        "1980-01-01",
                        "weight_kg",
                        60,
                        "height_cm",
                        165));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("field").asString()).isEqualTo("site_id");
    }

    @Test
    void subjectListShowsOnlyOwnSiteButStatisticianSeesAll() {
        assertThat(get(coordA, "/api/studies/" + study.id() + "/subjects")
                        .body()
                        .findValuesAsString("subject_code"))
                .containsExactly("A-1");
        String statistician = user(Role.STATISTICIAN);
        assertThat(get(statistician, "/api/studies/" + study.id() + "/subjects")
                        .body()
                        .findValuesAsString("subject_code"))
                .containsExactly("A-1", "B-1");
    }

    @Test
    void monitorOfSiteASeesOnlySiteA() {
        String monitor = user(Role.MONITOR, siteA);
        assertThat(get(monitor, "/api/subjects/" + subjectB).status()).isEqualTo(404);
        assertThat(post(monitor, "/api/subjects/" + subjectB + "/queries", Map.of("question", "why?"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rolesAreCheckedOnEveryEndpoint() {
        assertThat(get(null, "/api/studies").status()).isEqualTo(401);
        assertThat(post(coordA, "/api/studies", Map.of("code", "X")).status()).isEqualTo(403);
        assertThat(post(coordA, "/api/users", Map.of("username", "x")).status()).isEqualTo(403);
        String statistician = user(Role.STATISTICIAN);
        assertThat(post(
                                statistician,
                                "/api/subjects/" + subjectB + "/labs",
                                Map.of("date", "2024-01-04", "test", "HGB", "value", 7.0, "unit", "g/dL"))
                        .status())
                .isEqualTo(403);
        assertThat(post(coordB, "/api/subjects/" + subjectB + "/queries", Map.of("question", "?"))
                        .status())
                .isEqualTo(403);
    }
}
