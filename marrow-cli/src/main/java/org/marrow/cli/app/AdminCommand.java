package org.marrow.cli.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marrow.app.MarrowServer;
import org.marrow.app.security.PasswordPolicy;
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import org.marrow.app.web.BadValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marrow admin}: administration on the database directly (no server needed). */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administration: create users (the first admin is created here), disable and enable them.",
        subcommands = {AdminCommand.CreateUser.class, AdminCommand.DisableUser.class, AdminCommand.EnableUser.class})
public final class AdminCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code marrow admin create-user}. */
    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Create a user. Without --password-stdin a random one-time password is generated and"
                    + " printed once; the user must replace it at the first login (page or POST /api/me/password).")
    static final class CreateUser implements Callable<Integer> {
        private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        @Option(names = "--username", required = true, description = "Login name (lower case).")
        String username;

        @Option(names = "--name", description = "Name shown (default: the login name).")
        String displayName;

        @Option(names = "--role", required = true, split = ",", description = "Role(s): ${COMPLETION-CANDIDATES}.")
        List<Role> roles = new ArrayList<>();

        @Option(names = "--site", split = ",", description = "Site id(s) the user belongs to.")
        List<Long> sites = new ArrayList<>();

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password;
            boolean generated = !passwordStdin;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                try {
                    PasswordPolicy.check("password", username, password);
                } catch (BadValueException e) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--password-stdin: the password is refused; expected " + e.expected());
                }
            } else {
                SecureRandom random = new SecureRandom();
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                password = b.toString();
            }
            if (ServeCommand.refuseIfInUse(database.options(0), spec)) {
                return org.marrow.cli.Marrow.EXIT_FAILURE;
            }
            try (var context = MarrowServer.offline(database.options(0))) {
                Users.Account account = context.getBean(Users.class)
                        .create(
                                username,
                                displayName == null ? username : displayName,
                                password,
                                Set.copyOf(roles),
                                sites,
                                generated);
                var out = spec.commandLine().getOut();
                out.println("created user " + account.username() + " (id " + account.id() + ", roles " + account.roles()
                        + ")");
                if (generated) {
                    out.println("password: " + password
                            + "  (one-time, shown once: the user chooses their own at the first login)");
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Sets a user's status from the command line: audited with actor {@code cli} and the reason given. */
    abstract static class StatusCommand implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "The user's login name.")
        String username;

        @Option(names = "--reason", required = true, description = "Why (written in the audit trail).")
        String reason;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract boolean enabled();

        @Override
        public Integer call() {
            MarrowServer.Options options = database.options(0);
            if (ServeCommand.refuseIfInUse(options, spec)) {
                return org.marrow.cli.Marrow.EXIT_FAILURE;
            }
            try (var context = MarrowServer.offline(options)) {
                Users users = context.getBean(Users.class);
                long id;
                try {
                    id = users.idOf(username);
                } catch (org.marrow.app.web.NotFoundException e) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(),
                            "--username: no user '" + username + "'; expected an existing login name");
                }
                Users.Account account;
                try {
                    account = users.setEnabled(id, enabled(), reason, null);
                } catch (BadValueException e) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--reason: '" + reason + "'; expected " + e.expected());
                } catch (org.marrow.app.web.ConflictException e) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
                    return org.marrow.cli.Marrow.EXIT_FAILURE;
                }
                spec.commandLine()
                        .getOut()
                        .println("user " + account.username() + " is now "
                                + (account.enabled() ? "enabled" : "disabled")
                                + (account.enabled() ? "" : "; their API tokens were revoked and their sessions end"));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code marrow admin disable-user}. */
    @Command(
            name = "disable-user",
            mixinStandardHelpOptions = true,
            description = "Disable a user: no sign-in; API tokens revoked at once; page sessions end. Audited.")
    static final class DisableUser extends StatusCommand {
        @Override
        boolean enabled() {
            return false;
        }
    }

    /** {@code marrow admin enable-user}. */
    @Command(
            name = "enable-user",
            mixinStandardHelpOptions = true,
            description = "Enable a disabled user again (revoked tokens stay revoked). Audited.")
    static final class EnableUser extends StatusCommand {
        @Override
        boolean enabled() {
            return true;
        }
    }
}
