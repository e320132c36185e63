package org.marrow.cli.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.marrow.cli.CliRun;
import org.marrow.cli.Marrow;

/** The synthetic data set of the protocol command tests (its README.txt describes the subjects). */
final class Study {
    private Study() {}

    static String dir() {
        try {
            return Path.of(Study.class.getResource("study/subjects.csv").toURI())
                    .getParent()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts a user error: exit code 2, nothing on standard output, one line naming what is expected. */
    static void assertOneLineError(CliRun run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Marrow.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains(parts).contains("expected");
    }
}
