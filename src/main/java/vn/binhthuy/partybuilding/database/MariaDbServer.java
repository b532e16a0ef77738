package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.util.FileSystemUtils;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How one {@code mariadbd} is installed into a data folder, launched and waited for. Every launch runs an init file
 * that sets the generated passwords, so a folder is never served without them, and drops the accounts MariaDB's
 * installer adds (anonymous, socket-authenticated) that would otherwise let a local process in.
 */
final class MariaDbServer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MariaDbServer.class);

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final MariaDbBinaries binaries;
    private final DataFolder folder;
    private final DatabaseCredentials credentials;
    private final String databaseName;
    private final boolean durable;
    private final boolean stopWithApplication;
    private Path socketFolder;
    private volatile int currentPort;

    MariaDbServer(MariaDbBinaries binaries, DataFolder folder, DatabaseCredentials credentials, String databaseName,
                  boolean durable, boolean stopWithApplication) {
        this.binaries = binaries;
        this.folder = folder;
        this.credentials = credentials;
        this.databaseName = databaseName;
        this.durable = durable;
        this.stopWithApplication = stopWithApplication;
    }

    /**
     * Installs MariaDB's system schema into a staging folder renamed to {@code mariadb} when complete, so a start
     * interrupted during the first install (Ctrl+C) never leaves a half-built folder that later starts trust.
     */
    void installIfNeeded() throws IOException, InterruptedException {
        if (folder.isInitialized()) {
            return;
        }
        Path target = folder.mariadb();
        if (Files.isDirectory(target)) {
            try (var entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new EmbeddedDatabaseException("The folder " + target + " holds files but no MariaDB database.",
                            "Move it aside; if it came from a backup, restore the backup instead (docs/operations.md).",
                            null);
                }
            }
            Files.delete(target);
        }
        Path staging = target.resolveSibling("mariadb.installing");
        FileSystemUtils.deleteRecursively(staging);
        DataFolder.createOwnerOnly(staging);
        // mariadb-install-db passes the folder unquoted to chown when run as root: give it a path without spaces
        Path installPath = staging.toString().contains(" ")
                ? Files.createSymbolicLink(Files.createTempDirectory("pb-install-").resolve("data"), staging) : staging;
        List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                "--datadir=" + installPath, "--basedir=" + binaries.baseDir(), "--force", "--skip-name-resolve",
                "--skip-test-db", "--auth-root-authentication-method=normal"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process install = processBuilder(command).start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IOException("mariadb-install-db failed; see " + logFile());
        }
        if (!installPath.equals(staging)) {
            Files.delete(installPath);
            Files.delete(installPath.getParent());
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * After a server upgrade (a folder last served by an older release), brings MariaDB's system tables up to date
     * with {@code mariadb-upgrade} where the binaries have it; the data itself needs nothing.
     */
    void upgradeIfNewer(ServerVersion version, ServerVersion filesVersion) throws IOException, InterruptedException {
        if (filesVersion == null || version.compareTo(filesVersion) <= 0) {
            return;
        }
        Path upgrade = binaries.server().getParent().getParent().resolve("bin/mariadb-upgrade");
        if (!Files.isExecutable(upgrade)) {
            log.warn("The data folder was served by MariaDB {} and now by {}; no mariadb-upgrade to update its "
                    + "system tables", filesVersion, version);
            return;
        }
        Path options = folder.run().resolve("upgrade.cnf");
        Files.deleteIfExists(options);
        Files.createFile(options, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(options, "[client]\nuser=" + DatabaseCredentials.OWNER + "\npassword="
                + credentials.ownerPassword() + "\nhost=127.0.0.1\nport=" + currentPort + "\nprotocol=TCP\n");
        try {
            Process process = processBuilder(List.of(upgrade.toString(), "--defaults-extra-file=" + options)).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                log.warn("mariadb-upgrade from {} to {} did not finish cleanly; see {}", filesVersion, version, logFile());
            } else {
                log.info("System tables upgraded from MariaDB {} to {}", filesVersion, version);
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    /** Launches the server on the port and returns once it accepts the owner's connection. */
    Process launch(int port) throws IOException, InterruptedException {
        currentPort = port;
        Path initFile = writeInitFile();
        List<String> command = new ArrayList<>();
        if (stopWithApplication && Files.isExecutable(SETPRIV)) {
            // the server stops cleanly when the thread that launched it (the supervisor) dies, e.g. on kill -9
            command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
        } else if (stopWithApplication) {
            log.warn("{} is missing (Debian: util-linux): after a kill -9 of the application its database keeps "
                    + "running until the next start stops it", SETPRIV);
        }
        command.addAll(List.of(binaries.server().toString(), "--no-defaults",
                "--datadir=" + folder.mariadb(), "--basedir=" + binaries.baseDir(),
                "--tmpdir=" + Files.createDirectories(folder.run().resolve("tmp")),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socketPath(),
                "--pid-file=" + folder.pidFile(), "--init-file=" + initFile,
                "--skip-name-resolve", "--skip-ssl", "--max-allowed-packet=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_uca1400_vietnamese_as_ci",
                "--innodb-buffer-pool-size=128M",
                "--innodb-flush-log-at-trx-commit=" + (durable ? 1 : 2)));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process process = processBuilder(command).start();
        try {
            awaitReady(process, port);
            return process;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    private void awaitReady(Process process, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mariadbd exited with code " + process.exitValue() + " while starting; see "
                        + logFile());
            }
            try (Connection ignored = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000", DatabaseCredentials.OWNER,
                    credentials.ownerPassword())) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("mariadbd did not accept connections within " + READY_TIMEOUT.toSeconds() + " s ("
                + (last == null ? "" : last.getMessage()) + "); see " + logFile());
    }

    private Path writeInitFile() throws IOException {
        String owner = DatabaseCredentials.OWNER;
        String application = DatabaseCredentials.APPLICATION;
        String sql = String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + databaseName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;",
                // the installer's other accounts: anonymous, socket-authenticated, and root@'::1' / root@<hostname>
                // without a password; only the two accounts below (and MariaDB's locked system ones) remain
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'mysql' AND Host = 'localhost')"
                        + " OR (User = '" + owner + "' AND Host NOT IN ('127.0.0.1', 'localhost'));",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + owner + "'@'127.0.0.1';",
                "ALTER USER '" + owner + "'@'127.0.0.1' IDENTIFIED BY '" + credentials.ownerPassword() + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + owner + "'@'127.0.0.1' WITH GRANT OPTION;",
                "ALTER USER IF EXISTS '" + owner + "'@'localhost' IDENTIFIED BY '" + credentials.ownerPassword() + "';",
                "CREATE USER IF NOT EXISTS '" + application + "'@'127.0.0.1';",
                "ALTER USER '" + application + "'@'127.0.0.1' IDENTIFIED BY '" + credentials.applicationPassword() + "';",
                "");
        Path file = folder.run().resolve("init.sql");
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, sql);
        return file;
    }

    /**
     * Unix sockets are limited to ~108 bytes; a deep data folder gets its socket in one temp folder, made once and
     * removed by {@link #removeSocketFolder()}.
     */
    private synchronized Path socketPath() throws IOException {
        Path inRun = folder.run().resolve("mariadbd.sock");
        if (inRun.toString().length() < 100) {
            return inRun;
        }
        if (socketFolder == null) {
            socketFolder = Files.createTempDirectory("pb-sock-");
        }
        return socketFolder.resolve("mariadbd.sock");
    }

    synchronized void removeSocketFolder() {
        if (socketFolder != null) {
            try {
                FileSystemUtils.deleteRecursively(socketFolder);
            } catch (IOException e) {
                log.warn("Could not remove {}", socketFolder, e);
            }
            socketFolder = null;
        }
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(binaries.baseDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().putAll(binaries.environment());
        return builder;
    }

    Path logFile() {
        return folder.logs().resolve("mariadbd.log");
    }

    String description() {
        return binaries.description();
    }

    static boolean runsAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
