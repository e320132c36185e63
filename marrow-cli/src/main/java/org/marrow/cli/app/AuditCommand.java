package org.marrow.cli.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marrow.app.MarrowServer;
import org.marrow.app.audit.AuditAnchor;
import org.marrow.app.audit.AuditVerification;
import org.marrow.app.audit.AuditVerifier;
import org.marrow.app.db.EmbeddedServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code marrow audit}: the audit trail's check and its anchors. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail: verify its hash chains; write anchors to keep outside the database.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class})
public final class AuditCommand implements Runnable {
    /** Exit code: the trail is intact. */
    static final int INTACT = 0;
    /** Exit code: the trail was tampered with. */
    static final int TAMPERED = 1;
    /** Exit code: the trail could not be checked (one line says why). */
    static final int NOT_CHECKED = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Something that stops the check before it starts: said in one line, exit code 2. */
    private static final class CannotCheck extends Exception {
        private static final long serialVersionUID = 1L;

        CannotCheck(String message) {
            super(message);
        }
    }

    /** Opens the database for the check, refusing a data directory a running Marrow holds. */
    private static ConfigurableApplicationContext open(DatabaseOptions database) throws CannotCheck {
        MarrowServer.Options options = database.options(0);
        var dir = options.embeddedDataDirectory();
        if (dir.isPresent() && EmbeddedServer.inUse(dir.get())) {
            throw new CannotCheck("the data directory " + dir.get().toAbsolutePath()
                    + " is in use by a running Marrow: stop it, or check through it (GET /api/audit/verify),"
                    + " or check an external database with --db");
        }
        if (dir.isPresent() && !Files.exists(dir.get().resolve("PG_VERSION"))) {
            throw new CannotCheck("the data directory " + dir.get().toAbsolutePath() + " holds no Marrow database");
        }
        try {
            return MarrowServer.offline(options);
        } catch (RuntimeException e) {
            throw new CannotCheck(rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof org.marrow.app.audit.AuditKeyMismatchException
                    || t instanceof org.marrow.app.db.DataDirectoryInUseException) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        String m = t.getMessage();
        return "cannot open the database: "
                + (m == null
                        ? t.getClass().getSimpleName()
                        : m.lines().findFirst().orElse(m));
    }

    /**
     * {@code marrow audit verify}: exit 0 when every chain is intact, 1 when tampered with, 2 when the check
     * could not be made.
     */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Check the audit trail's hash chains (HMAC-SHA-256 under the audit key) and, with --anchor, that no row"
                        + " up to the anchored heads changed.",
                "Exit codes: 0 intact, 1 tampered with (the broken rows are listed), 2 could not check (one line"
                        + " says why)."
            })
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(
                names = "--anchor",
                paramLabel = "FILE",
                description = "An anchor written earlier by 'marrow audit anchor'.")
        Path anchor;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                String anchorText = anchor == null ? null : readAnchor(anchor);
                try (var context = open(database)) {
                    AuditVerifier verifier = context.getBean(AuditVerifier.class);
                    AuditVerification v;
                    if (anchorText == null) {
                        v = verifier.verify();
                    } else {
                        AuditAnchor a = parse(context.getBean(JsonMapper.class), anchorText, anchor);
                        try {
                            v = verifier.verify(a);
                        } catch (org.marrow.app.audit.AuditKeyMismatchException e) {
                            throw new CannotCheck(anchor + ": the anchor was made under another audit key");
                        }
                    }
                    if (v.intact()) {
                        out.println("audit trail intact: " + v.rowsChecked() + " rows, hash chain verified"
                                + (anchor == null ? "" : "; unchanged since the anchor " + anchor));
                    } else {
                        out.println("audit trail BROKEN: " + v.problems().size() + " problem(s) in " + v.rowsChecked()
                                + " rows");
                        v.problems().forEach(p -> out.println("  " + p));
                    }
                    out.flush();
                    return v.intact() ? INTACT : TAMPERED;
                }
            } catch (CannotCheck e) {
                err.println("marrow audit verify: could not check: " + e.getMessage());
                err.flush();
                return NOT_CHECKED;
            }
        }
    }

    /** {@code marrow audit anchor}: the chain heads now, printed or written to a file. */
    @Command(
            name = "anchor",
            mixinStandardHelpOptions = true,
            description = {
                "Print (or write with --out) the heads of the audit chains, as JSON, to keep outside the database:"
                        + " send it to the sponsor, print it, store it on another machine.",
                "'marrow audit verify --anchor FILE' then proves nothing up to these heads was changed since."
            })
    static final class Anchor implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--out", paramLabel = "FILE", description = "Write the anchor to this file.")
        Path outFile;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = open(database)) {
                AuditAnchor a = context.getBean(AuditVerifier.class).anchor();
                String text = context.getBean(JsonMapper.class)
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(a)
                        + "\n";
                if (outFile == null) {
                    spec.commandLine().getOut().print(text);
                } else {
                    try {
                        Files.writeString(outFile, text, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new CannotCheck("cannot write " + outFile + ": " + e.getMessage());
                    }
                    spec.commandLine()
                            .getOut()
                            .println("anchor written to " + outFile + ": " + a.rows() + " rows in "
                                    + a.chains().size() + " chains; keep it outside this machine");
                }
                spec.commandLine().getOut().flush();
                return 0;
            } catch (CannotCheck e) {
                spec.commandLine().getErr().println("marrow audit anchor: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return NOT_CHECKED;
            }
        }
    }

    private static String readAnchor(Path file) throws CannotCheck {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CannotCheck("cannot read the anchor " + file + ": " + e.getMessage());
        }
    }

    private static AuditAnchor parse(JsonMapper json, String text, Path file) throws CannotCheck {
        try {
            return json.readValue(text, AuditAnchor.class);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            throw new CannotCheck(file + " is not a Marrow audit anchor"
                    + (t instanceof IllegalArgumentException
                            ? ": " + t.getMessage()
                            : " (expected the JSON that" + " 'marrow audit anchor' writes)"));
        }
    }
}
