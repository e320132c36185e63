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
import org.marrow.app.security.Role;
import org.marrow.app.security.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marrow admin}: administration on the database directly (no server needed). */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administration: create users (the first admin is created here).",
        subcommands = {AdminCommand.CreateUser.class})
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
                if (password == null || password.length() < Users.MIN_PASSWORD_LENGTH) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(),
                            "--password-stdin: the password is shorter than " + Users.MIN_PASSWORD_LENGTH
                                    + " characters; expected at least " + Users.MIN_PASSWORD_LENGTH);
                }
            } else {
                SecureRandom random = new SecureRandom();
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                password = b.toString();
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
}
