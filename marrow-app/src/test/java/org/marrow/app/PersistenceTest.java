package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.audit.AuditVerification;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import org.marrow.app.study.Studies;
import org.marrow.app.study.Study;
import org.springframework.context.ConfigurableApplicationContext;

/** Work entered survives a restart of the application on the same data directory. */
class PersistenceTest {

    @Test
    void dataAndAuditChainSurviveARestartOnTheSameDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("db");
        MarrowServer.Options options = new MarrowServer.Options(0, data, null);
        long studyId;
        try (ConfigurableApplicationContext first = MarrowServer.offline(options)) {
            first.getBean(Users.class)
                    .create("keeper", "Keeper", "a-long-enough-password", Set.of(Role.ADMIN), List.of());
            studyId = first.getBean(Studies.class)
                    .create("KEEP-1", "Kept", "sirolimus-csa", "1.0")
                    .id();
        }
        // The data directory given is the one used (not the default under the home directory).
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        try (ConfigurableApplicationContext second = MarrowServer.offline(options)) {
            Study study = second.getBean(Studies.class).study(studyId);
            assertThat(study.code()).isEqualTo("KEEP-1");
            assertThat(study.criteriaSet()).isEqualTo("standard");
            assertThat(second.getBean(Users.class).hasAdmin()).isTrue();
            AuditVerification v = second.getBean(AuditVerifier.class).verify();
            assertThat(v.intact()).as("%s", v.problems()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(2);
        }
    }
}
