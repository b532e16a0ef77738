package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final MariaDbBinaries binaries;
    private final DataFolder folder;
    private final DatabaseCredentials credentials;
    private final String databaseName;
    private final boolean durable;
    private final boolean stopWithApplication;

    MariaDbServer(MariaDbBinaries binaries, DataFolder folder, DatabaseCredentials credentials, String databaseName,
                  boolean durable, boolean stopWithApplication) {
        this.binaries = binaries;
        this.folder = folder;
        this.credentials = credentials;
        this.databaseName = databaseName;
        this.durable = durable;
        this.stopWithApplication = stopWithApplication;
    }

    void installIfNeeded() throws IOException, InterruptedException {
        if (folder.isInitialized()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                "--datadir=" + folder.mariadb(), "--basedir=" + binaries.baseDir(), "--force", "--skip-name-resolve",
                "--skip-test-db", "--auth-root-authentication-method=normal"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process install = processBuilder(command).start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IOException("mariadb-install-db failed; see " + logFile());
        }
    }

    /** Launches the server on the port and returns once it accepts the owner's connection. */
    Process launch(int port) throws IOException, InterruptedException {
        Path initFile = writeInitFile();
        List<String> command = new ArrayList<>();
        if (stopWithApplication && Files.isExecutable(SETPRIV)) {
            // the server stops cleanly when the thread that launched it (the supervisor) dies, e.g. on kill -9
            command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
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
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'mysql' AND Host = 'localhost');",
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

    /** Unix sockets are limited to ~108 bytes; a deep data folder gets its socket in the temp folder instead. */
    private Path socketPath() throws IOException {
        Path inRun = folder.run().resolve("mariadbd.sock");
        if (inRun.toString().length() < 100) {
            return inRun;
        }
        return Files.createTempDirectory("pb-sock-").resolve("mariadbd.sock");
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

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
