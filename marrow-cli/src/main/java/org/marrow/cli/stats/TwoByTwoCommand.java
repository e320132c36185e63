package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code 2x2}. */
@Command(name = "2x2", description = "(not yet implemented)")
public final class TwoByTwoCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("2x2 is not implemented yet");
    }
}
