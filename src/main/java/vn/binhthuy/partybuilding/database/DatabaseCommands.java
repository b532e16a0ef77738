package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.util.FileSystemUtils;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePropertySource;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The embedded database's offline commands: {@code restore <backup>} into an empty data folder. Used by
 * {@code Application.main} before any application context exists.
 */
public final class DatabaseCommands {

    private static final String DATA_DIR = "--partybuilding.database.embedded.data-dir=";

    private DatabaseCommands() {
    }

    /** Restores a backup ({@code .sql.gz} or {@code .sql}) into a new, empty data folder and stops again. */
    public static Path restore(Path backup, EmbeddedMariaDbProperties properties) {
        DataFolder folder = new DataFolder(Path.of(properties.dataDir()));
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("No backup file at " + backup.toAbsolutePath());
        }
        if (!folder.isEmpty()) {
            throw new IllegalStateException("The data folder " + folder.root() + " is not empty. A backup is only "
                    + "restored into an empty folder: move the current one aside (for example: mv data "
                    + "data-before-restore) or name another folder with " + DATA_DIR + "…");
        }
        // restored beside the target and moved into place when complete: a broken backup leaves nothing behind
        Path staging = folder.root().resolveSibling(folder.root().getFileName() + ".restoring");
        EmbeddedMariaDbProperties stagingProperties = new EmbeddedMariaDbProperties(true, properties.binaries(),
                staging.toString(), false, properties.databaseName());
        try {
            FileSystemUtils.deleteRecursively(staging);
            try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(stagingProperties).start();
                 InputStream sql = open(backup)) {
                MariaDbTools.load(DumpTarget.of(mariaDb), sql);
            }
            Files.deleteIfExists(folder.root());
            Files.move(staging, folder.root(), StandardCopyOption.ATOMIC_MOVE);
            return folder.root();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging);
            throw new IllegalStateException("The restore failed, nothing was written to " + folder.root() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            deleteQuietly(staging);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The restore was interrupted", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException ignored) {
            // a leftover staging folder is removed by the next restore
        }
    }

    /**
     * Runs {@code work} against the data folder's server: the running application's (found through its port file)
     * when the folder is in use, else a server started for the time of the work.
     */
    public static <T> T withServer(EmbeddedMariaDbProperties properties, java.util.function.Function<DumpTarget, T> work) {
        DataFolder folder = new DataFolder(Path.of(properties.dataDir()));
        if (!folder.isInitialized()) {
            throw new IllegalStateException("There is no database in " + folder.root()
                    + " (name the data folder with " + DATA_DIR + "…)");
        }
        folder = folder.real();
        Optional<Integer> runningPort = runningPort(folder);
        if (runningPort.isPresent()) {
            try {
                DatabaseCredentials credentials = DatabaseCredentials.load(folder.credentials());
                MariaDbBinaries binaries = MariaDbBinaries.choose(properties.binaries(), folder.root().resolve("binaries"));
                return work.apply(new DumpTarget(binaries.dump(), binaries.client(), "127.0.0.1", runningPort.get(),
                        properties.databaseName(), DatabaseCredentials.OWNER, credentials.ownerPassword()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(properties).start()) {
            return work.apply(DumpTarget.of(mariaDb));
        }
    }

    private static Optional<Integer> runningPort(DataFolder folder) {
        try (DataFolderLock ignored = DataFolderLock.acquire(folder)) {
            return Optional.empty();
        } catch (IllegalStateException inUse) {
            try {
                return Optional.of(Integer.parseInt(Files.readString(folder.portFile()).strip()));
            } catch (IOException | NumberFormatException e) {
                throw new IllegalStateException("The application is running on " + folder.root()
                        + " but its database port is unknown; try again once it has started", e);
            }
        }
    }

    private static InputStream open(Path backup) throws IOException {
        InputStream raw = Files.newInputStream(backup);
        return backup.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /**
     * The embedded database's settings as the application would see them: the command line, then the environment
     * ({@code PARTYBUILDING_DATABASE_EMBEDDED_DATA_DIR}), then {@code config/application.properties} and
     * {@code application.properties} beside the application, then those inside it — so a backup or restore works on
     * the folder the service uses. Never throw-away: a command works on lasting data.
     */
    public static EmbeddedMariaDbProperties propertiesFrom(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        DefaultResourceLoader resources = new DefaultResourceLoader();
        for (String location : List.of("file:./config/application.properties", "file:./application.properties",
                "classpath:config/application.properties", "classpath:application.properties")) {
            Resource resource = resources.getResource(location);
            if (resource.exists()) {
                try {
                    environment.getPropertySources().addLast(new ResourcePropertySource(resource));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + location, e);
                }
            }
        }
        EmbeddedMariaDbProperties configured = Binder.get(environment)
                .bind("partybuilding.database.embedded", EmbeddedMariaDbProperties.class)
                .orElseGet(() -> new EmbeddedMariaDbProperties(true, null, null, false, null));
        return new EmbeddedMariaDbProperties(true, configured.binaries(), configured.dataDir(), false,
                configured.databaseName());
    }

}
