package org.marrow.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.marrow.analysis.StudyAnalysis;
import org.marrow.analysis.endpoint.Progress;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetReader;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.StudyDataset;
import org.marrow.study.validation.StudyValidation;

/** The demonstration data set examples/ctx-ist under its bundled protocol, read once, as an export's input. */
public final class Examples {
    /** The fixed time the test exports are made at. */
    public static final Instant CREATED = Instant.parse("2026-01-15T08:30:00Z");

    private static StudyExport ctxIst;

    private Examples() {}

    /** The examples/ctx-ist folder, from the module or the repository root. */
    public static Path ctxIstFolder() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    /** The data set examples/ctx-ist. */
    public static synchronized StudyDataset ctxIstDataset() {
        return ctxIst().dataset();
    }

    /** The export of examples/ctx-ist under protocol ctx-ist, in English, without an audit trail. */
    public static synchronized StudyExport ctxIst() {
        if (ctxIst == null) {
            StudyDataset dataset = DatasetReader.inspect(
                            ctxIstFolder(), StudyValidation.asOf(LocalDate.of(2026, 1, 15)))
                    .orThrow();
            ctxIst = of(protocol(), dataset, AuditHistory.none());
        }
        return ctxIst;
    }

    /** The bundled protocol ctx-ist. */
    public static Protocol protocol() {
        return ProtocolRegistry.bundled().resolve("ctx-ist");
    }

    /** An export of a data set under a protocol. */
    public static StudyExport of(Protocol protocol, StudyDataset dataset, AuditHistory history) {
        return new StudyExport(
                protocol,
                dataset,
                StudyAnalysis.of(protocol, dataset, null, Progress.NONE),
                history,
                CREATED,
                "test",
                MessageRenderer.english());
    }
}
