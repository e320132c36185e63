package org.marrow.analysis.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;

/** Test protocols: a bundled protocol with its Simon design replaced by another monitoring block. */
final class Protocols {
    private Protocols() {}

    static String bundledText(String file) {
        try (InputStream in = ProtocolRegistry.class.getResourceAsStream("/org/marrow/protocol/bundled/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ctx-ist (month-3 ORR, the example's protocol) monitored by {@code block} instead of Simon's design. */
    static Protocol ctxIstWith(String block) {
        String text = bundledText("ctx-ist-1.0.yaml");
        int from = text.indexOf("  simon:\n");
        int to = text.indexOf("  enrollment: 43");
        return ProtocolRegistry.parse("ctx-ist-monitored.yaml", text.substring(0, from) + block + text.substring(to));
    }
}
