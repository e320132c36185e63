package org.marrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.db.DataDirectoryInUseException;
import org.marrow.app.db.EmbeddedServer;
import org.marrow.app.study.Site;
import org.marrow.app.study.Studies;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * After SIGKILL of the JVM alone (its PostgreSQL left running), the next start on the same data directory
 * succeeds at the first try, stops the server left behind, and finds every write that was acknowledged; while the
 * first Marrow lives, a second one on the directory is refused.
 */
class CrashRecoveryTest {

    @Test
    void afterTheJvmIsKilledTheNextStartWorksAndKeepsEveryAcknowledgedWrite(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("db");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashChild.class.getName(),
                        data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && acknowledged.size() < 25; line = out.readLine()) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            assertThat(acknowledged).hasSize(25);
            // A second Marrow on the directory while the first lives: refused, nothing touched.
            assertThat(EmbeddedServer.inUse(data)).isTrue();
            assertThatThrownBy(() -> EmbeddedServer.start(data, false, cache()))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another Marrow");
            child.destroyForcibly(); // SIGKILL, the JVM alone
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        Optional<ProcessHandle> leftBehind = postmaster(data);
        assertThat(leftBehind)
                .as("the PostgreSQL server outlives the killed JVM")
                .isPresent();
        assertThat(leftBehind.get().isAlive()).isTrue();

        try (ConfigurableApplicationContext again = MarrowServer.offline(new MarrowServer.Options(0, data, null))) {
            List<String> codes = again.getBean(Studies.class).sites().stream()
                    .map(Site::code)
                    .toList();
            assertThat(codes).containsAll(acknowledged);
            assertThat(leftBehind.get().isAlive())
                    .as("stopped before the new server started")
                    .isFalse();
            assertThat(postmaster(data).map(ProcessHandle::pid))
                    .isNotEqualTo(Optional.of(leftBehind.get().pid()));
            assertThat(again.getBean(AuditVerifier.class).verify().intact()).isTrue();
        }
    }

    private static Path cache() {
        return Path.of(System.getProperty("user.home"), ".marrow", "postgresql");
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws Exception {
        Path pid = data.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }
}
