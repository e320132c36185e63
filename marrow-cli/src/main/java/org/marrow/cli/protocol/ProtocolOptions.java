package org.marrow.cli.protocol;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code marrow screen}, {@code schedule} and {@code advise} share (a picocli mixin): the
 * protocol, the data set folder and JSON output.
 */
final class ProtocolOptions {
    @Option(
            names = "--protocol",
            required = true,
            paramLabel = "ID",
            description = "A bundled protocol id (ctx-ist, hpag-ist, hpag-csa-nsaa, romiplostim-csa, sirolimus-csa),"
                    + " id@version, or a protocol YAML file.")
    String protocolReference;

    @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The data set folder (docs/dataset-format.md).")
    Path dir;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;
}
