package org.marrow.cli.design;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code match}. */
@Command(name = "match", description = "(not yet implemented)")
public final class MatchCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("match is not implemented yet");
    }
}
