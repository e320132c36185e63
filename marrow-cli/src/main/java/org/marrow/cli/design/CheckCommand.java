package org.marrow.cli.design;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code check}. */
@Command(name = "check", description = "(not yet implemented)")
public final class CheckCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("check is not implemented yet");
    }
}
