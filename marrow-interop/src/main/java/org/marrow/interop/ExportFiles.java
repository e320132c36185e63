package org.marrow.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of one export, by relative name, in the order written: written into a folder (the command line)
 * or a zip file (the web application). Immutable.
 */
public final class ExportFiles {
    private final Map<String, byte[]> files;

    private ExportFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /**
     * Collects the files of an export.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects files; not thread-safe. */
    public static final class Builder {
        private final Map<String, byte[]> files = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a text file, UTF-8.
         *
         * @param name the relative name, e.g. {@code sdtm/dm.csv}
         * @param text the content
         * @return this builder
         * @throws IllegalArgumentException if the name is used already or is not a plain relative path
         */
        public Builder text(String name, String text) {
            return bytes(name, text.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Adds a file.
         *
         * @param name the relative name
         * @param bytes the content
         * @return this builder
         * @throws IllegalArgumentException if the name is used already or is not a plain relative path
         */
        public Builder bytes(String name, byte[] bytes) {
            Objects.requireNonNull(bytes, "bytes");
            if (!name.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") || name.contains("..")) {
                throw new IllegalArgumentException("File name '" + name + "' must be a plain relative path");
            }
            if (files.putIfAbsent(name, bytes.clone()) != null) {
                throw new IllegalArgumentException("File " + name + " is written twice");
            }
            return this;
        }

        /**
         * The files collected.
         *
         * @return the export's files
         */
        public ExportFiles build() {
            return new ExportFiles(new LinkedHashMap<>(files));
        }
    }

    /**
     * The relative names, in the order written.
     *
     * @return the names
     */
    public List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    /**
     * A file's content.
     *
     * @param name the relative name
     * @return a copy of the bytes
     * @throws IllegalArgumentException if there is no such file
     */
    public byte[] bytes(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("No file " + name + " in the export; it has " + files.keySet());
        }
        return bytes.clone();
    }

    /**
     * A text file's content.
     *
     * @param name the relative name
     * @return the text, read as UTF-8
     * @throws IllegalArgumentException if there is no such file
     */
    public String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * Writes the files into a folder, creating it and its subfolders if needed and replacing files of the same
     * names.
     *
     * @param dir the folder
     * @return the paths written, in order
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeTo(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
                written.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return written;
    }

    /**
     * The files as a zip file, each entry dated 1980-01-01 so that the same export gives the same bytes.
     *
     * @return the zip file's bytes
     */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(315532800000L + 12 * 3600 * 1000L);
                out.putNextEntry(entry);
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
