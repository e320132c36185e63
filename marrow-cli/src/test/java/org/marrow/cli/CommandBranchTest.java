package org.marrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line built for one branch ({@link Marrow#commandLine(String...)}) answers every argument
 * list as the whole command line does: the same help, the same messages, the same exit code.
 */
class CommandBranchTest {

    /**
     * Every command's path with {@code --help} and with a wrong option; a group's path also alone and
     * with a wrong subcommand (a command itself is not run: some open the database).
     */
    static Stream<List<String>> argumentLists() {
        List<List<String>> lists = new ArrayList<>();
        lists.add(List.of());
        lists.add(List.of("--version"));
        lists.add(List.of("help"));
        lists.add(List.of("help", "stats"));
        lists.add(List.of("help", "design"));
        lists.add(List.of("frobnicate"));
        CommandLine whole = Marrow.commandLine();
        for (List<String> path : paths(whole, List.of())) {
            lists.add(plus(path, "--help"));
            lists.add(plus(path, "--frobnicate"));
            CommandLine command = whole;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            if (!command.getSubcommands().isEmpty()) {
                lists.add(plus(path, "frobnicate"));
                lists.add(path);
            }
        }
        return lists.stream();
    }

    private static List<List<String>> paths(CommandLine cl, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommand() instanceof CommandLine.HelpCommand || name.equals("serve") || name.equals("demo")) {
                return; // serve and demo without options would start the server
            }
            List<String> path = plus(prefix, name);
            paths.add(path);
            paths.addAll(paths(sub, path));
        });
        return paths;
    }

    private static List<String> plus(List<String> list, String arg) {
        List<String> longer = new ArrayList<>(list);
        longer.add(arg);
        return longer;
    }

    @ParameterizedTest
    @MethodSource("argumentLists")
    void aBranchAnswersAsTheWholeCommandLine(List<String> args) {
        String[] array = args.toArray(String[]::new);
        assertThat(run(Marrow.commandLine(array), array)).isEqualTo(run(Marrow.commandLine(), array));
    }

    @Test
    void aBranchHoldsOnlyTheNamedCommands() {
        CommandLine cl = Marrow.commandLine("stats", "km", "--csv", "x.csv");
        assertThat(cl.getSubcommands()).containsOnlyKeys("stats");
        assertThat(cl.getSubcommands().get("stats").getSubcommands()).containsOnlyKeys("km");
        assertThat(Marrow.commandLine("help", "stats").getSubcommands())
                .containsKeys("stats", "design", "report", "help");
        assertThat(Marrow.commandLine("stats", "--help")
                        .getSubcommands()
                        .get("stats")
                        .getSubcommands())
                .containsKeys("km", "proportion", "cif");
    }

    private static List<Object> run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return List.of(code, out.toString(), err.toString());
    }
}
