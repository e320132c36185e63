package org.marrow.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marrow.app.ApiTest;
import org.marrow.app.security.Caller;
import org.marrow.app.security.Role;
import org.marrow.app.study.Study;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's intervals have the confidence level the protocol's {@code design.analysis} states; the
 * stated one is a trial group's own protocol in {@code marrow.protocol-dir}, which the pages know as the API
 * does.
 */
class StudyDashboardTest extends ApiTest {
    @Autowired
    StudyDashboard dashboards;

    private Caller admin() {
        String name = user(Role.ADMIN);
        long id = users.list().stream()
                .filter(a -> a.username().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        return new Caller(id, name, Set.of(Role.ADMIN));
    }

    @Test
    void theIntervalsHaveTheProtocolsConfidenceLevel() {
        Caller admin = admin();
        LocalDate today = LocalDate.of(2026, 11, 21);
        Study stated = studies.create(unique("CI90"), "90% intervals", "romiplostim-csa-ci90", "1.0");
        StudyDashboard.Dashboard d90 = dashboards.of(stated, admin, today);
        assertThat(d90.confidenceLevel()).isEqualTo(0.9);
        assertThat(d90.confidencePercent()).isEqualTo("90");

        Study unstated = studies.create(unique("CI95"), "default intervals", "romiplostim-csa", "1.0");
        StudyDashboard.Dashboard d95 = dashboards.of(unstated, admin, today);
        assertThat(d95.confidenceLevel()).isEqualTo(0.95);
        assertThat(d95.confidencePercent()).isEqualTo("95");
    }
}
