package org.marrow.cli.design;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code simon}. */
@Command(name = "simon", description = "(not yet implemented)")
public final class SimonCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("simon is not implemented yet");
    }
}
