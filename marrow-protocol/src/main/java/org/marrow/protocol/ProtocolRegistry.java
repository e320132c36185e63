package org.marrow.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds and loads protocols: the five bundled reference protocols by id (and version), or any
 * protocol file by path. Every load validates the whole document and throws
 * {@link InvalidProtocolException} listing every problem with file, line, column and path.
 */
public final class ProtocolRegistry {
    private static final String BUNDLE = "/org/marrow/protocol/bundled/";

    /** A bundled protocol's id and version, and its resource file name. */
    public record Entry(String id, String version, String resource) {
        /**
         * Checks the entry.
         *
         * @throws NullPointerException if a component is null
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(resource, "resource");
        }
    }

    private final List<Entry> entries;

    private ProtocolRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The registry of protocols bundled with Marrow ({@code index.txt} in the bundle lists them).
     *
     * @return the registry
     * @throws UncheckedIOException if the bundle index cannot be read
     */
    public static ProtocolRegistry bundled() {
        List<Entry> entries = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            entries.add(new Entry(parts[0], parts[1], parts[2]));
        }
        return new ProtocolRegistry(entries);
    }

    /**
     * The bundled protocols, by id then version.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The ids of the bundled protocols.
     *
     * @return distinct ids in bundle order
     */
    public List<String> ids() {
        return entries.stream().map(Entry::id).distinct().toList();
    }

    /**
     * Loads the latest bundled version of a protocol.
     *
     * @param id the protocol id, e.g. {@code ctx-ist}
     * @return the protocol
     * @throws IllegalArgumentException if no bundled protocol has this id
     * @throws InvalidProtocolException if the bundled file is invalid
     */
    public Protocol load(String id) {
        Entry entry = entries.stream()
                .filter(e -> e.id().equals(id))
                .max(Comparator.comparing(e -> versionKey(e.version())))
                .orElseThrow(() -> unknown(id, null));
        return ProtocolParser.parse(entry.resource(), resource(entry.resource()));
    }

    /**
     * Loads one bundled version of a protocol (a study binds to one version).
     *
     * @param id the protocol id
     * @param version the version, e.g. {@code 1.0}
     * @return the protocol
     * @throws IllegalArgumentException if no bundled protocol has this id and version
     * @throws InvalidProtocolException if the bundled file is invalid
     */
    public Protocol load(String id, String version) {
        Entry entry = find(id, version).orElseThrow(() -> unknown(id, version));
        return ProtocolParser.parse(entry.resource(), resource(entry.resource()));
    }

    private Optional<Entry> find(String id, String version) {
        return entries.stream()
                .filter(e -> e.id().equals(id) && e.version().equals(version))
                .findFirst();
    }

    private IllegalArgumentException unknown(String id, String version) {
        return new IllegalArgumentException("Protocol '" + id + "'" + (version == null ? "" : " version " + version)
                + " is not bundled; expected one of "
                + String.join(
                        ", ",
                        entries.stream().map(e -> e.id() + " " + e.version()).toList()));
    }

    /**
     * Loads a protocol file.
     *
     * @param file the YAML file
     * @return the protocol
     * @throws UncheckedIOException if the file cannot be read
     * @throws InvalidProtocolException if the protocol is invalid
     */
    public static Protocol loadFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read protocol file " + file + ": " + e.getMessage(), e);
        }
        return ProtocolParser.parse(file.toString(), text);
    }

    /**
     * Parses protocol text.
     *
     * @param source the name used in problem messages, e.g. a file name
     * @param text the YAML text
     * @return the protocol
     * @throws InvalidProtocolException if the protocol is invalid
     */
    public static Protocol parse(String source, String text) {
        return ProtocolParser.parse(source, text);
    }

    /**
     * Loads the protocol a study is bound to: a bundled id and version, or a file path if the
     * reference names an existing {@code .yaml} file.
     *
     * @param reference {@code id}, {@code id@version} or a file path
     * @return the protocol
     * @throws IllegalArgumentException if the reference matches no bundled protocol or file
     * @throws InvalidProtocolException if the protocol is invalid
     */
    public Protocol resolve(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.endsWith(".yaml") || reference.endsWith(".yml")) {
            return loadFile(Path.of(reference));
        }
        int at = reference.indexOf('@');
        return at < 0 ? load(reference) : load(reference.substring(0, at), reference.substring(at + 1));
    }

    private static String resource(String name) {
        try (InputStream in = ProtocolRegistry.class.getResourceAsStream(BUNDLE + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing bundled resource " + BUNDLE + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
