package org.marrow.cli.stats;

import java.util.List;
import org.marrow.cli.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marrow stats}: the statistics the reference trials report, identical to R. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Confidence intervals, tests and survival analysis, identical to R.")
public final class StatsCommand implements Runnable, CommandGroup {
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ProportionCommand.class,
            TwoByTwoCommand.class,
            TableCommand.class,
            MannWhitneyCommand.class,
            KaplanMeierCommand.class,
            CumulativeIncidenceCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public List<Class<?>> subcommands() {
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
