package org.marrow.cli.design;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marrow design}: trial designs, randomization lists and matched controls. */
@Command(
        name = "design",
        mixinStandardHelpOptions = true,
        description =
                "Simon two-stage, BOP2 and predictive probability designs, toxicity boundaries, inference after two stages,"
                        + " randomization lists and matched controls.",
        subcommands = {
            SimonCommand.class,
            CheckCommand.class,
            EstimateCommand.class,
            Bop2Command.class,
            PredictiveCommand.class,
            ToxicityCommand.class,
            RandomizeCommand.class,
            MatchCommand.class
        })
public final class DesignCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
