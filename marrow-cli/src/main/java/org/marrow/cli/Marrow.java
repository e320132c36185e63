package org.marrow.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.marrow.cli.analysis.ReportCommand;
import org.marrow.cli.analysis.SimulateCommand;
import org.marrow.cli.app.AdminCommand;
import org.marrow.cli.app.AuditCommand;
import org.marrow.cli.app.DemoCommand;
import org.marrow.cli.app.ServeCommand;
import org.marrow.cli.clinical.ClassifyCommand;
import org.marrow.cli.design.DesignCommand;
import org.marrow.cli.protocol.AdviseCommand;
import org.marrow.cli.protocol.ScheduleCommand;
import org.marrow.cli.protocol.ScreenCommand;
import org.marrow.cli.stats.StatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marrow} command: the entry point of the executable jar.
 *
 * <p>User mistakes (a bad option value, a malformed CSV file) end with exit code 2 and one line that
 * names the option or {@code file:line:column}, the value and what was expected; other failures
 * end with exit code 1 and a message. Neither prints a stack trace unless the environment variable
 * {@code MARROW_DEBUG} is set.
 */
@Command(
        name = "marrow",
        mixinStandardHelpOptions = true,
        versionProvider = Marrow.Version.class,
        description = "Aplastic anemia clinical trials from protocol to publication.",
        subcommands = {
            StatsCommand.class,
            DesignCommand.class,
            ClassifyCommand.class,
            ScreenCommand.class,
            ScheduleCommand.class,
            AdviseCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            AdminCommand.class,
            AuditCommand.class,
            ReportCommand.class,
            SimulateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Marrow implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code for a user mistake: bad option, bad value, malformed input file. */
    public static final int EXIT_USAGE = 2;

    /** Exit code for any other failure (an unreadable file, an internal error). */
    public static final int EXIT_FAILURE = 1;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Builds the configured command line: error handlers that print one message instead of a stack
     * trace. Tests use it with their own writers.
     *
     * @return a new command line for {@code marrow}
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Marrow());
        cl.setParameterExceptionHandler(Marrow::onParameterException);
        cl.setExecutionExceptionHandler(Marrow::onExecutionException);
        return cl;
    }

    private static int onParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(
                cmd.getCommandName().equals("marrow")
                        ? "marrow: " + ex.getMessage()
                        : qualifiedName(cmd) + ": " + ex.getMessage());
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    private static int onExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        Throwable refusal = refusal(ex);
        if (refusal != null) {
            err.println(qualifiedName(cmd) + ": " + refusal.getMessage());
            code = EXIT_FAILURE;
        } else if (ex instanceof UserInputException || ex instanceof IllegalArgumentException) {
            err.println(qualifiedName(cmd) + ": " + ex.getMessage());
            code = EXIT_USAGE;
        } else if (ex instanceof UncheckedIOException io) {
            err.println(qualifiedName(cmd) + ": " + io.getCause().getMessage());
            code = EXIT_FAILURE;
        } else {
            err.println(qualifiedName(cmd) + ": internal error: " + ex
                    + " (set MARROW_DEBUG=1 for the stack trace and please report it)");
            code = EXIT_FAILURE;
        }
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * A refusal of the application, possibly wrapped by Spring: the data directory in use, the wrong audit key,
     * a platform without the embedded database. Its message is the one line to print.
     */
    private static Throwable refusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.marrow.app.db.DataDirectoryInUseException
                    || t instanceof org.marrow.app.audit.AuditKeyMismatchException) {
                return t;
            }
        }
        return null;
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    private static boolean debug() {
        return System.getenv("MARROW_DEBUG") != null;
    }

    /** Reads Marrow's version from the jar (filtered at build time). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"marrow " + version()};
        }
    }

    /**
     * Marrow's version as built, for reports and {@code --version}.
     *
     * @return the version string, or {@code "unknown"} when run from unpackaged classes
     */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Marrow.class.getResourceAsStream("/marrow-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
