package org.marrow.cli.stats;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marrow stats}: the statistics the reference trials report, identical to R. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Confidence intervals, tests and survival analysis, identical to R.",
        subcommands = {
            ProportionCommand.class,
            TwoByTwoCommand.class,
            TableCommand.class,
            MannWhitneyCommand.class,
            KaplanMeierCommand.class,
            CumulativeIncidenceCommand.class
        })
public final class StatsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
