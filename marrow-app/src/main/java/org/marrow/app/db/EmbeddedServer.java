package org.marrow.app.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of a data directory, run by Marrow itself:
 *
 * <ul>
 *   <li><b>One owner.</b> A Marrow process holds an exclusive lock on {@code marrow.lock} in the data
 *       directory for as long as it runs; a second one is refused ({@link DataDirectoryInUseException}). The
 *       operating system drops the lock when the process dies, however it dies.
 *   <li><b>Crash recovery.</b> A server left running by a Marrow that was killed (SIGKILL, the OOM killer) is
 *       stopped with a fast shutdown (its recovery keeps every committed transaction) before a new one starts,
 *       so the next start succeeds at the first try and two servers never share the directory.
 *   <li><b>Least privilege.</b> SCRAM-SHA-256 password authentication only, on 127.0.0.1 only (no Unix
 *       socket). A secret generated at the first start ({@code marrow-db.secret}, mode 0600) gives the
 *       passwords of the superuser, of {@value #OWNER} (owns the schema, runs the migrations) and of
 *       {@value #APP} (what the application connects as: it cannot change the audit trail). A data directory
 *       made before (trust authentication, everything owned by the superuser) is converted at its first start.
 *   <li><b>Durability.</b> {@code fsync} and {@code synchronous_commit} on: an acknowledged write survives a
 *       kill of any process.
 * </ul>
 */
public final class EmbeddedServer implements AutoCloseable {
    /** The role that owns the schema and runs the migrations. */
    public static final String OWNER = "marrow_owner";
    /** The role the application connects as. */
    public static final String APP = "marrow_app";
    /** The bootstrap superuser. */
    public static final String SUPERUSER = "postgres";
    /** The database. */
    public static final String DATABASE = "postgres";

    static final String SECRET_FILE = "marrow-db.secret";
    static final String LOCK_FILE = "marrow.lock";
    private static final String LOG_FILE = "marrow-postgres.log";
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Path dataDir;
    private final PostgresBinaries binaries;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final byte[] secret;
    private final int port;
    private boolean running;

    private EmbeddedServer(
            Path dataDir, PostgresBinaries binaries, FileChannel lockChannel, FileLock lock, byte[] secret, int port) {
        this.dataDir = dataDir;
        this.binaries = binaries;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.secret = secret;
        this.port = port;
    }

    /**
     * Starts the server of a data directory, creating the directory's cluster if it has none.
     *
     * @param dataDir the data directory
     * @param clean whether to start from an empty cluster (tests)
     * @param binaryCache where the PostgreSQL programs are unpacked
     * @return the running server
     * @throws DataDirectoryInUseException if another Marrow process runs on the directory
     * @throws IllegalStateException if the directory is not a Marrow data directory, or the server does not start
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public static EmbeddedServer start(Path dataDir, boolean clean, Path binaryCache) {
        return start(dataDir, clean, binaryCache, true);
    }

    /**
     * Starts the server of a data directory, with or without Marrow's roles.
     *
     * @param dataDir the data directory
     * @param clean whether to start from an empty cluster
     * @param binaryCache where the PostgreSQL programs are unpacked
     * @param provision whether to create and key {@value #OWNER} and {@value #APP}; without, the cluster has only
     *     its superuser, as an external server before {@code external-roles.sql} (tests of that script)
     * @return the running server
     * @throws DataDirectoryInUseException if another Marrow process runs on the directory
     * @throws IllegalStateException if the directory is not a Marrow data directory, or the server does not start
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public static EmbeddedServer start(Path dataDir, boolean clean, Path binaryCache, boolean provision) {
        Path dir = dataDir.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
            channel = FileChannel.open(
                    dir.resolve(LOCK_FILE),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(dir);
                channel.close();
                throw new DataDirectoryInUseException(dir, holder);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
            PostgresBinaries binaries = PostgresBinaries.unpacked(binaryCache);
            stopLeftOver(dir, binaries);
            if (clean) {
                clear(dir);
            }
            boolean created = false;
            if (!Files.exists(dir.resolve("PG_VERSION"))) {
                requireEmpty(dir);
                initdb(dir, binaries);
                created = true;
            }
            Path secretFile = dir.resolve(SECRET_FILE);
            // initdb wrote the secret and set the superuser's password from it
            boolean legacy = !created && !Files.exists(secretFile);
            byte[] secret = legacy ? newSecretBytes() : readSecret(secretFile);
            int port = freePort();
            EmbeddedServer server = new EmbeddedServer(dir, binaries, channel, lock, secret, port);
            if (legacy) {
                // A directory from before: trust authentication. Start it as it is, on loopback, set the superuser's
                // password, then switch to SCRAM.
                server.pgStart();
                server.setSuperuserPasswordUnderTrust();
                server.writeHba();
                server.pgCtl("reload");
                writeSecret(secretFile, secret);
            } else {
                server.writeHba();
                server.pgStart();
            }
            if (provision) {
                server.provisionRoles();
            }
            return server;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (!(e instanceof DataDirectoryInUseException)) {
                closeQuietly(channel);
            }
            throw e;
        }
    }

    /**
     * The JDBC URL of the database (no credentials in it).
     *
     * @return e.g. {@code jdbc:postgresql://127.0.0.1:41234/postgres}
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /**
     * The port on 127.0.0.1.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The password of a role of this server, derived from the directory's secret.
     *
     * @param role {@value #SUPERUSER}, {@value #OWNER} or {@value #APP}
     * @return the password
     */
    public String password(String role) {
        return passwordOf(secret, role);
    }

    /**
     * The data directory.
     *
     * @return the directory
     */
    public Path dataDirectory() {
        return dataDir;
    }

    /**
     * A new connection as the superuser (administration and tests).
     *
     * @return the connection
     * @throws SQLException if it cannot connect
     */
    public Connection superuserConnection() throws SQLException {
        return connect(SUPERUSER, password(SUPERUSER));
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    /** Stops the server (fast shutdown) and releases the directory. */
    @Override
    public synchronized void close() {
        try {
            if (running) {
                pgCtl("stop", "-m", "fast", "-t", "60");
                running = false;
            }
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Could not release {}: {}", dataDir.resolve(LOCK_FILE), e.getMessage());
            }
            closeQuietly(lockChannel);
        }
    }

    // ---- the server

    private void pgStart() {
        String options = String.join(
                " ",
                "-p " + port,
                "-c listen_addresses=127.0.0.1",
                "-c unix_socket_directories=''",
                "-c fsync=on",
                "-c synchronous_commit=on",
                "-c full_page_writes=on",
                "-c max_connections=100",
                "-c timezone=UTC",
                "-c password_encryption=scram-sha-256");
        run(
                binaries.command(
                        "pg_ctl",
                        "-D",
                        dataDir.toString(),
                        "-l",
                        dataDir.resolve(LOG_FILE).toString(),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        Long.toString(STARTUP.toSeconds()),
                        "start"),
                STARTUP.plusSeconds(10),
                "start PostgreSQL");
        running = true;
    }

    private void pgCtl(String action, String... more) {
        List<String> args = new ArrayList<>(List.of("-D", dataDir.toString(), "-w"));
        args.addAll(List.of(more));
        args.add(action);
        run(binaries.command("pg_ctl", args.toArray(String[]::new)), STARTUP, action + " PostgreSQL");
    }

    /**
     * A server still running in the directory when no Marrow holds it was left by a Marrow that was killed: a
     * fast shutdown stops it cleanly (a new server would refuse to start beside it).
     */
    private static void stopLeftOver(Path dir, PostgresBinaries binaries) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            postmaster = lines.isEmpty()
                    ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            postmaster = Optional.empty();
        }
        if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
            return; // a stale pid file: PostgreSQL removes it itself at start
        }
        LOG.warn(
                "Stopping the PostgreSQL server (process {}) left running in {} by a Marrow that ended without"
                        + " stopping it",
                postmaster.get().pid(),
                dir);
        run(
                binaries.command("pg_ctl", "-D", dir.toString(), "-w", "-t", "120", "-m", "fast", "stop"),
                Duration.ofSeconds(130),
                "stop the PostgreSQL server left running");
        postmaster
                .get()
                .onExit()
                .orTimeout(30, TimeUnit.SECONDS)
                .exceptionally(t -> null)
                .join();
    }

    private static void initdb(Path dir, PostgresBinaries binaries) throws IOException {
        Path secretFile = dir.resolve(SECRET_FILE);
        // initdb wants an empty directory: the lock file stays, so the cluster is made beside it and moved in.
        Path staging = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".initdb-");
        Path cluster = staging.resolve("data");
        Path pwfile = staging.resolve("pw");
        byte[] secret = newSecretBytes();
        Files.writeString(pwfile, passwordOf(secret, SUPERUSER) + "\n", StandardCharsets.US_ASCII);
        restrict(pwfile, "rw-------");
        try {
            run(
                    binaries.command(
                            "initdb",
                            "-D",
                            cluster.toString(),
                            "-U",
                            SUPERUSER,
                            "--auth=scram-sha-256",
                            "--pwfile=" + pwfile,
                            "-E",
                            "UTF-8",
                            "--locale=C",
                            "--no-instructions"),
                    Duration.ofMinutes(5),
                    "create the database cluster");
            try (Stream<Path> entries = Files.list(cluster)) {
                for (Path p : entries.toList()) {
                    Files.move(p, dir.resolve(p.getFileName()));
                }
            }
            writeSecret(secretFile, secret);
        } finally {
            deleteTree(staging);
        }
    }

    private void setSuperuserPasswordUnderTrust() {
        try (Connection c = connect(SUPERUSER, null);
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(password(SUPERUSER)));
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot secure the database of " + dataDir + " (set its superuser's password): " + e.getMessage(),
                    e);
        }
    }

    /** Password authentication only, from the loopback addresses only; no other way in. */
    private void writeHba() throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        Files.writeString(
                hba,
                "# Written by Marrow at every start (org.marrow.app.db.EmbeddedServer): SCRAM passwords, loopback only.\n"
                        + "host    all    all    127.0.0.1/32    scram-sha-256\n"
                        + "host    all    all    ::1/128         scram-sha-256\n",
                StandardCharsets.US_ASCII);
        restrict(hba, "rw-------");
    }

    /**
     * Creates (or re-keys) the owner and application roles and gives the owner the schema; converts a directory
     * whose tables the superuser owned. The privileges of the application role are granted by the migrations
     * ({@code afterMigrate.sql}), the same on an external server.
     */
    private void provisionRoles() {
        try (Connection c = superuserConnection();
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            for (String role : List.of(OWNER, APP)) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + literal(role)
                        + ") THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
                s.execute("ALTER ROLE " + role
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                        + literal(password(role)));
            }
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + OWNER + ", " + APP);
            s.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER);
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            // A directory from before: the superuser owned every table, sequence and function of the schema.
            s.execute(
                    """
                    DO $$
                    DECLARE r record;
                    BEGIN
                      FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v', 'p')
                                 AND pg_get_userbyid(c.relowner) <> 'marrow_owner'
                                 AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                                          AND d.deptype IN ('a', 'i')))
                      LOOP
                        EXECUTE format('ALTER %s public.%I OWNER TO marrow_owner',
                          CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, r.relname);
                      END LOOP;
                      FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                               WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'marrow_owner'
                      LOOP
                        EXECUTE format('ALTER FUNCTION %s OWNER TO marrow_owner', r.f);
                      END LOOP;
                    END $$""");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot set up the database roles of " + dataDir + ": " + e.getMessage(), e);
        }
    }

    // ---- files

    private static String readHolder(Path dir) {
        try {
            String text = Files.readString(dir.resolve(LOCK_FILE), StandardCharsets.US_ASCII)
                    .strip();
            return text.matches("\\d{1,19}") ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> other = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(LOCK_FILE))
                    .toList();
            if (!other.isEmpty()) {
                throw new IllegalStateException("The data directory " + dir
                        + " is neither empty nor a PostgreSQL data directory (it holds " + other.get(0)
                        + "); expected an empty or new directory, or one Marrow made");
            }
        }
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals(LOCK_FILE)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static byte[] newSecretBytes() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static void writeSecret(Path file, byte[] secret) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        Files.createFile(temp);
        restrict(temp, "rw-------");
        Files.writeString(temp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readSecret(Path file) throws IOException {
        restrict(file, "rw-------");
        try {
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a Marrow database secret (expected base64 text)");
        }
    }

    static String passwordOf(byte[] secret, String role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("marrow database role " + role).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access control applies
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, Duration timeout, String what) {
        try {
            Path output = Files.createTempFile("marrow-pg-", ".out");
            try {
                Process p = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("Could not " + what + " within " + timeout.toSeconds() + " s");
                }
                if (p.exitValue() != 0) {
                    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
                    String last = lines.stream()
                            .filter(l -> !l.isBlank())
                            .reduce((a, b) -> b)
                            .orElse("exit code " + p.exitValue());
                    throw new IllegalStateException("Could not " + what + ": " + last.strip());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + what, e);
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    /**
     * Whether a Marrow process holds the data directory now.
     *
     * @param dataDir the directory
     * @return true if another process holds its lock
     */
    public static boolean inUse(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
                FileChannel c = raf.getChannel()) {
            FileLock l = c.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
