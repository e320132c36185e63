package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code table}. */
@Command(name = "table", description = "(not yet implemented)")
public final class TableCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("table is not implemented yet");
    }
}
