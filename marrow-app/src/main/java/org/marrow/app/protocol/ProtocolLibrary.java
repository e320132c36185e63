package org.marrow.app.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The protocols studies can be bound to: the five bundled reference protocols, and the protocol files
 * ({@code *.yaml}) in the directory {@code marrow.protocol-dir} if set (a trial group's own protocols).
 * A protocol is identified by its id and version; each is parsed and validated once and then shared
 * (a {@link Protocol} is immutable).
 */
@Service
public class ProtocolLibrary {
    /**
     * The stratification factors the application fills in at enrolment: {@code site} (the subject's
     * site code) and {@code sex} ({@code M} or {@code F}).
     */
    public static final List<String> STRATIFICATION_FACTORS = List.of("site", "sex");

    private final ProtocolRegistry bundled = ProtocolRegistry.bundled();
    private final Map<String, Protocol> fromFiles = new LinkedHashMap<>();
    private final ConcurrentHashMap<String, Optional<Protocol>> cache = new ConcurrentHashMap<>();

    ProtocolLibrary(@Value("${marrow.protocol-dir:}") String protocolDir) {
        if (!protocolDir.isBlank()) {
            Path dir = Path.of(protocolDir);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                        .sorted()
                        .toList()) {
                    Protocol p = ProtocolRegistry.loadFile(file);
                    fromFiles.put(key(p.id(), p.version()), p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the protocol directory " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The protocol with an id and version.
     *
     * @param id the protocol id, e.g. {@code sirolimus-csa}
     * @param version the version, e.g. {@code 1.0}
     * @return the protocol, empty if neither bundled nor in the protocol directory
     */
    public Optional<Protocol> find(String id, String version) {
        if (id == null || version == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(key(id, version), k -> {
            Protocol own = fromFiles.get(k);
            if (own != null) {
                return Optional.of(own);
            }
            boolean known = bundled.entries().stream()
                    .anyMatch(e -> e.id().equals(id) && e.version().equals(version));
            return known ? Optional.of(bundled.load(id, version)) : Optional.empty();
        });
    }

    /**
     * Every protocol a study can be bound to, as {@code id version}.
     *
     * @return the protocols, bundled first
     */
    public List<String> known() {
        List<String> all = new ArrayList<>();
        bundled.entries().forEach(e -> all.add(e.id() + " " + e.version()));
        fromFiles.values().forEach(p -> all.add(p.id() + " " + p.version()));
        return all;
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
