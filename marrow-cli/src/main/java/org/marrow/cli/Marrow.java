package org.marrow.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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
        description = "Aplastic anemia clinical trials from protocol to publication.")
public final class Marrow implements Runnable, CommandGroup {
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code for a user mistake: bad option, bad value, malformed input file. */
    public static final int EXIT_USAGE = 2;

    /** Exit code for any other failure (an unreadable file, an internal error). */
    public static final int EXIT_FAILURE = 1;

    @Override
    public List<Class<?>> subcommands() {
        return SUBCOMMANDS;
    }

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
        System.exit(commandLine(args).execute(args));
    }

    /**
     * Builds the configured command line with every command: error handlers that print one message
     * instead of a stack trace.
     *
     * @return a new command line for {@code marrow}
     */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the configured command line for these arguments: where they start with the names of a
     * command ({@code stats km}), only that branch is built, for a faster start; its parsing, help and
     * messages are those of the whole command line. Otherwise every command is built. Tests use it
     * with their own writers.
     *
     * @param args the arguments the command line will execute
     * @return a new command line for {@code marrow}
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = branch(new Marrow(), args, 0);
        cl.setParameterExceptionHandler(Marrow::onParameterException);
        cl.setExecutionExceptionHandler(Marrow::onExecutionException);
        return cl;
    }

    /**
     * A command with the subcommand that {@code args[depth]} names exactly, or with all of them if it
     * names none (or names {@code help}, which looks at its siblings).
     */
    private static CommandLine branch(Object command, String[] args, int depth) {
        CommandLine cl = new CommandLine(command);
        if (command instanceof CommandGroup group) {
            Class<?> named = depth < args.length ? named(group.subcommands(), args[depth]) : null;
            if (named == CommandLine.HelpCommand.class) {
                named = null;
            }
            for (Class<?> sub : group.subcommands()) {
                if (named == null || sub == named) {
                    Object instance = create(sub);
                    cl.addSubcommand(branch(instance, args, named == null ? Integer.MAX_VALUE : depth + 1));
                }
            }
        }
        return cl;
    }

    private static Class<?> named(List<Class<?>> subcommands, String name) {
        for (Class<?> sub : subcommands) {
            Command command = sub.getAnnotation(Command.class);
            if (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name)) {
                return sub;
            }
        }
        return null;
    }

    private static Object create(Class<?> command) {
        try {
            return CommandLine.defaultFactory().create(command);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getName(), e);
        }
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
