package vn.binhthuy.partybuilding.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server owned by this application, on 127.0.0.1 at a free port, over a {@link DataFolder} that survives
 * restarts (or a throw-away one deleted at stop). A supervisor thread launches it and restarts it on the same folder
 * and port if it dies; a server left behind by a killed application is stopped first; a clean {@link #stop()} stops
 * it and removes its run files.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STABLE = Duration.ofSeconds(60);
    private static final String SEE_LOG = "Read logs/mariadbd.log in the data folder. Check that the folder is writable "
            + "and the disk not full; docs/operations.md explains the folder and its recovery from a backup.";

    private final EmbeddedMariaDbProperties properties;
    private final boolean stopWithApplication;
    private DataFolder folder;
    private DataFolderLock lock;
    private DatabaseCredentials credentials;
    private MariaDbBinaries binaries;
    private MariaDbServer server;
    private int port;
    private Thread supervisor;
    private volatile Process process;
    private volatile boolean stopping;
    private final Object processLock = new Object();
    private volatile int restarts;

    public EmbeddedMariaDb(EmbeddedMariaDbProperties properties) {
        this(properties, true);
    }

    /** {@code stopWithApplication=false} only for tests that simulate a server left behind by a killed application. */
    EmbeddedMariaDb(EmbeddedMariaDbProperties properties, boolean stopWithApplication) {
        this.properties = properties;
        this.stopWithApplication = stopWithApplication;
    }

    public synchronized EmbeddedMariaDb start() {
        if (supervisor != null) {
            return this;
        }
        long started = System.nanoTime();
        stopping = false;
        try {
            folder = new DataFolder(properties.throwaway()
                    ? Files.createTempDirectory("partybuilding-db-") : Path.of(properties.dataDir()));
            folder.prepare();
            folder = folder.real();
            if (!properties.throwaway() && folder.isInsideTemporaryFolder()) {
                log.warn("The data folder {} is inside the system temp folder: it is kept, but the operating system may "
                        + "clean it up. Set partybuilding.database.embedded.data-dir to a lasting place.", folder.root());
            }
            lock = DataFolderLock.acquire(folder);
            LeftoverServers.stopAll(folder);
            credentials = DatabaseCredentials.loadOrCreate(folder.credentials());
            binaries = MariaDbBinaries.choose(properties.binaries(), properties.throwaway()
                    ? MariaDbBinaries.userCache() : folder.root().resolve("binaries"));
            server = new MariaDbServer(binaries, folder, credentials, properties.databaseName(),
                    !properties.throwaway(), stopWithApplication);
            ServerVersion version = ServerVersion.of(binaries);
            ServerVersion filesVersion = folder.isInitialized() ? ServerVersion.recorded(folder) : null;
            if (!version.mayServe(filesVersion)) {
                throw new EmbeddedDatabaseException("The data folder " + folder.root() + " was last served by MariaDB "
                        + filesVersion + "; this machine's " + binaries.description() + " is MariaDB " + version
                        + ", an older release, which must not open newer files.",
                        "Start with the server that made the folder (partybuilding.database.embedded.binaries="
                                + "bundled for MariaDB " + MariaDbBinaries.BUNDLED_VERSION + ", or system), or install "
                                + "MariaDB " + filesVersion.major() + "." + filesVersion.minor() + " or newer.", null);
            }
            server.installIfNeeded();
            port = freePort();
            CompletableFuture<Void> firstStart = new CompletableFuture<>();
            supervisor = Thread.ofPlatform().name("embedded-mariadb-supervisor").daemon(true)
                    .start(() -> supervise(firstStart));
            firstStart.get();
            Files.writeString(folder.portFile(), Integer.toString(port));
            server.upgradeIfNewer(version, filesVersion);
            version.record(folder);
            log.info("Embedded MariaDB ({}) ready on 127.0.0.1:{} in {} ms, data in {}", server.description(), port,
                    (System.nanoTime() - started) / 1_000_000, folder.root());
            return this;
        } catch (ExecutionException e) {
            stop();
            throw new EmbeddedDatabaseException("Could not start the embedded MariaDB: " + e.getCause().getMessage(),
                    SEE_LOG, e.getCause());
        } catch (IOException | UncheckedIOException e) {
            stop();
            throw new EmbeddedDatabaseException("Could not start the embedded MariaDB: " + e.getMessage(), SEE_LOG, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("Interrupted while starting the embedded MariaDB", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Launches the server, then waits for it to end; an end not asked for by {@link #stop()} is a restart. The
     * back-off grows while the server keeps dying soon after its start (a corrupt page, a full disk), so a broken
     * folder is not restarted every second for ever.
     */
    private void supervise(CompletableFuture<Void> firstStart) {
        try {
            if (!adopt(server.launch(port))) {
                firstStart.completeExceptionally(new IllegalStateException("stopped while starting"));
                return;
            }
            firstStart.complete(null);
        } catch (Exception e) {
            firstStart.completeExceptionally(e);
            return;
        }
        long backoffMillis = 500;
        long launchedAt = System.nanoTime();
        while (!stopping) {
            try {
                int exitCode = process.waitFor();
                if (stopping) {
                    return;
                }
                if (System.nanoTime() - launchedAt > STABLE.toNanos()) {
                    backoffMillis = 500;
                } else if (restarts >= 5) {
                    log.warn("The embedded MariaDB keeps stopping soon after it starts; see {}", server.logFile());
                }
                log.error("The embedded MariaDB stopped unexpectedly (exit code {}); restarting it on {}", exitCode,
                        folder.root());
                if (restarts > 0 && !pause(backoffMillis)) {
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
                Process restarted = server.launch(port);
                if (!adopt(restarted)) {
                    return;
                }
                launchedAt = System.nanoTime();
                restarts++;
                log.info("The embedded MariaDB is serving again on 127.0.0.1:{} (restart {})", port, restarts);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                log.error("Restarting the embedded MariaDB failed ({}); trying again in {} ms", e.getMessage(),
                        backoffMillis);
                if (!pause(backoffMillis)) {
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
            }
        }
    }

    /** Takes a launched server as the current one, unless a stop began meanwhile: then it is stopped at once. */
    private boolean adopt(Process launched) throws InterruptedException {
        synchronized (processLock) {
            if (!stopping) {
                process = launched;
                return true;
            }
        }
        launched.destroy();
        if (!launched.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            launched.destroyForcibly();
        }
        return false;
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return !stopping;
        } catch (InterruptedException e) {
            return false;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.databaseName();
    }

    /** The account the application works with: no UPDATE or DELETE on the audit log ({@link ApplicationAccountGrants}). */
    public String username() {
        return DatabaseCredentials.APPLICATION;
    }

    public String password() {
        return credentials.applicationPassword();
    }

    /** The owner account: migrations, grants, backups. */
    public String ownerPassword() {
        return credentials.ownerPassword();
    }

    public int port() {
        return port;
    }

    public DataFolder folder() {
        return folder;
    }

    public String databaseName() {
        return properties.databaseName();
    }

    MariaDbBinaries binaries() {
        return binaries;
    }

    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /** How many times the supervisor brought the server back after it died. */
    public int restarts() {
        return restarts;
    }

    public synchronized boolean isRunning() {
        return supervisor != null && !stopping;
    }

    public synchronized void stop() {
        Process current;
        synchronized (processLock) {
            stopping = true;
            current = process;
        }
        if (current != null && current.isAlive()) {
            current.destroy();
            try {
                if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("The embedded MariaDB did not stop within {} s; killing it", STOP_TIMEOUT.toSeconds());
                    current.destroyForcibly().waitFor();
                }
                log.info("Embedded MariaDB on port {} stopped", port);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                // a launch under way ends (its server stopped) before the run files and the lock go
                supervisor.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            supervisor = null;
        }
        process = null;
        if (server != null) {
            server.removeSocketFolder();
        }
        if (folder != null) {
            removeRunFiles();
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
        if (folder != null && properties.throwaway()) {
            deleteQuietly(folder.root());
        }
    }

    private void removeRunFiles() {
        try {
            FileSystemUtils.deleteRecursively(folder.run());
        } catch (IOException e) {
            log.warn("Could not remove the run files in {}", folder.run(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            log.warn("Could not delete {}", path, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A free port below Linux's range for outgoing connections (32768 and up), so that no client socket takes it
     * while the server is being restarted on it.
     */
    private static int freePort() throws IOException {
        java.util.random.RandomGenerator random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free port between 20000 and 32000 on 127.0.0.1");
    }
}
