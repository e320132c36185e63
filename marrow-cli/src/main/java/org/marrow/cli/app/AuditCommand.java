package org.marrow.cli.app;

import java.util.concurrent.Callable;
import org.marrow.app.MarrowServer;
import org.marrow.app.audit.AuditVerification;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.cli.Marrow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code marrow audit}: the audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code marrow audit verify}: exit 0 when the chain is intact, 1 when it is broken. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check the audit trail's hash chain; exit code 1 and the broken rows if tampered with.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = MarrowServer.offline(database.options(0))) {
                AuditVerification v = context.getBean(AuditVerifier.class).verify();
                var out = spec.commandLine().getOut();
                if (v.intact()) {
                    out.println("audit trail intact: " + v.rowsChecked() + " rows, hash chain verified");
                } else {
                    out.println("audit trail BROKEN: " + v.problems().size() + " problem(s) in " + v.rowsChecked()
                            + " rows");
                    v.problems().forEach(p -> out.println("  " + p));
                }
                out.flush();
                return v.intact() ? 0 : Marrow.EXIT_FAILURE;
            }
        }
    }
}
