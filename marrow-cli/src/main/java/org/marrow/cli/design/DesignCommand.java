package org.marrow.cli.design;

import java.util.List;
import org.marrow.cli.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marrow design}: trial designs, randomization lists and matched controls. */
@Command(
        name = "design",
        mixinStandardHelpOptions = true,
        description =
                "Simon two-stage, BOP2 and predictive probability designs, toxicity boundaries, inference after two stages,"
                        + " randomization lists and matched controls.")
public final class DesignCommand implements Runnable, CommandGroup {
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            SimonCommand.class,
            CheckCommand.class,
            EstimateCommand.class,
            Bop2Command.class,
            PredictiveCommand.class,
            ToxicityCommand.class,
            RandomizeCommand.class,
            MatchCommand.class);

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
