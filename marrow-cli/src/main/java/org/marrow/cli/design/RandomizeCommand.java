package org.marrow.cli.design;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code randomize}. */
@Command(name = "randomize", description = "(not yet implemented)")
public final class RandomizeCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("randomize is not implemented yet");
    }
}
