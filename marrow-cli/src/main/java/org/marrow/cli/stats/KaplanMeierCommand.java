package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code km}. */
@Command(name = "km", description = "(not yet implemented)")
public final class KaplanMeierCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("km is not implemented yet");
    }
}
