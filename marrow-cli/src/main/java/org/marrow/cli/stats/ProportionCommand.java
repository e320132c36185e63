package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code proportion}. */
@Command(name = "proportion", description = "(not yet implemented)")
public final class ProportionCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("proportion is not implemented yet");
    }
}
