package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code mann-whitney}. */
@Command(name = "mann-whitney", description = "(not yet implemented)")
public final class MannWhitneyCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("mann-whitney is not implemented yet");
    }
}
