package org.marrow.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.MarrowServer;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.app.study.Studies;
import org.marrow.cli.CliRun;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code marrow audit verify|anchor} exit codes (0 intact, 1 tampered, 2 could not check), a data directory in use
 * refused in one line, and {@code marrow admin disable-user|enable-user}.
 */
class TrustCommandsTest {

    @Test
    void anchorThenVerifyIntactThenTamperedAndEachRefusalInOneLine(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("db");
        CliRun created = CliRun.of(
                "admin", "create-user", "--username", "first-admin", "--role", "ADMIN", "--data-dir", data.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path anchor = dir.resolve("anchor.json");
        CliRun anchored = CliRun.of("audit", "anchor", "--out", anchor.toString(), "--data-dir", data.toString());
        assertThat(anchored.exitCode()).as(anchored.err()).isZero();
        assertThat(Files.readString(anchor))
                .contains("\"format\" : \"marrow-audit-anchor/1\"")
                .contains("key_fingerprint");
        CliRun printed = CliRun.of("audit", "anchor", "--data-dir", data.toString());
        assertThat(printed.json().get("rows").asLong()).isEqualTo(1);

        CliRun disabled = CliRun.of(
                "admin",
                "disable-user",
                "--username",
                "first-admin",
                "--reason",
                "left the team",
                "--data-dir",
                data.toString());
        assertThat(disabled.exitCode()).as(disabled.err()).isEqualTo(1);
        assertThat(disabled.err().strip())
                .contains("last enabled administrator")
                .doesNotContain("\n");

        CliRun intact = CliRun.of("audit", "verify", "--anchor", anchor.toString(), "--data-dir", data.toString());
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("audit trail intact").contains("unchanged since the anchor");

        try (ConfigurableApplicationContext running = MarrowServer.offline(new MarrowServer.Options(0, data, null))) {
            CliRun busy = CliRun.of("audit", "verify", "--data-dir", data.toString());
            assertThat(busy.exitCode()).isEqualTo(2);
            assertThat(busy.err().strip()).doesNotContain("\n").contains("in use by a running Marrow");
            CliRun serve = CliRun.of("serve", "--port", "0", "--data-dir", data.toString());
            assertThat(serve.exitCode()).isEqualTo(1);
            assertThat(serve.err().strip()).doesNotContain("\n").contains("in use by another Marrow");
            running.getBean(Studies.class).createSite("CLI-1", "Hospital");
            try (Connection su = running.getBean(EmbeddedServer.class).superuserConnection();
                    Statement s = su.createStatement()) {
                s.execute("SET session_replication_role = replica");
                s.execute("UPDATE audit_log SET reason = 'forged' WHERE seq = (SELECT min(seq) FROM audit_log)");
            }
        }
        CliRun tampered = CliRun.of("audit", "verify", "--data-dir", data.toString());
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).contains("audit trail BROKEN").contains("was altered");

        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"other\"}");
        CliRun badAnchor = CliRun.of(
                "audit", "verify", "--anchor", dir.resolve("bad.json").toString(), "--data-dir", data.toString());
        assertThat(badAnchor.exitCode()).isEqualTo(2);
        assertThat(badAnchor.err().strip()).doesNotContain("\n").contains("not a Marrow audit anchor");
        CliRun nothing =
                CliRun.of("audit", "verify", "--data-dir", dir.resolve("none").toString());
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err().strip()).doesNotContain("\n").contains("holds no Marrow database");
    }

    @Test
    void anAdministratorDisablesAndEnablesAUserFromTheCommandLine(@TempDir Path dir) {
        Path data = dir.resolve("db");
        assertThat(CliRun.of(
                                "admin",
                                "create-user",
                                "--username",
                                "boss",
                                "--role",
                                "ADMIN",
                                "--data-dir",
                                data.toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.of(
                                "admin",
                                "create-user",
                                "--username",
                                "carol",
                                "--role",
                                "COORDINATOR",
                                "--data-dir",
                                data.toString())
                        .exitCode())
                .isZero();
        CliRun off = CliRun.of(
                "admin",
                "disable-user",
                "--username",
                "carol",
                "--reason",
                "left the team",
                "--data-dir",
                data.toString());
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out()).contains("carol is now disabled");
        CliRun on = CliRun.of(
                "admin", "enable-user", "--username", "carol", "--reason", "came back", "--data-dir", data.toString());
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.out()).contains("carol is now enabled");
        CliRun noReason = CliRun.of(
                "admin", "disable-user", "--username", "carol", "--reason", "\u200B", "--data-dir", data.toString());
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliRun nobody = CliRun.of(
                "admin", "disable-user", "--username", "nobody", "--reason", "left", "--data-dir", data.toString());
        assertThat(nobody.exitCode()).isEqualTo(2);
    }

    @Test
    void hostTlsAndProxyOptionsAreChecked() {
        CliRun badHost = CliRun.of("serve", "--host", "bad host!");
        assertThat(badHost.exitCode()).isEqualTo(2);
        assertThat(badHost.err().strip()).contains("--host").doesNotContain("\n");
        CliRun noStore = CliRun.of("serve", "--tls-keystore", "/nonexistent/server.p12");
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("--tls-keystore");
    }
}
