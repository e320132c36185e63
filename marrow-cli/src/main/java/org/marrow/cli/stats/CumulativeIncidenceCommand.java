package org.marrow.cli.stats;

import picocli.CommandLine.Command;

/** PLACEHOLDER: replaced by the implementation of {@code cif}. */
@Command(name = "cif", description = "(not yet implemented)")
public final class CumulativeIncidenceCommand implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("cif is not implemented yet");
    }
}
