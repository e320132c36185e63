package org.marrow.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.cli.CliRun;

/** {@code marrow admin create-user}, {@code marrow audit verify} and {@code marrow serve} bad options. */
class AppCommandsTest {

    @Test
    void createTheFirstAdminThenVerifyTheAuditTrailInTheGivenDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("db");
        CliRun created = CliRun.of(
                "admin", "create-user", "--username", "first-admin", "--role", "ADMIN", "--data-dir", data.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out())
                .contains("created user first-admin")
                .contains("password: ")
                .contains("one-time");
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

        CliRun verified = CliRun.of("audit", "verify", "--data-dir", data.toString());
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("audit trail intact: 1 rows");
    }

    @Test
    void serveRefusesAPortOutOfRange() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("--port: 70000")
                .contains("0 to 65535");
    }

    @Test
    void serveRefusesANonPostgresqlDatabaseUrl() {
        CliRun run = CliRun.of("serve", "--db", "jdbc:mysql://localhost/marrow");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains("jdbc:mysql://localhost/marrow")
                .contains("jdbc:postgresql://");
    }
}
