package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Everything of one embedded database in one folder: the MariaDB files, the generated credentials, the server's
 * log, the backups, and the run files of a running server (socket, pid, port) that a clean stop removes.
 */
public record DataFolder(Path root) {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path mariadb() {
        return root.resolve("mariadb");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path credentials() {
        return root.resolve("credentials.properties");
    }

    Path lockFile() {
        return root.resolve(".lock");
    }

    /** The port of the running server, for commands (backup) run beside the application. */
    Path portFile() {
        return run().resolve("mariadbd.port");
    }

    Path pidFile() {
        return run().resolve("mariadbd.pid");
    }

    /** The same folder under its real path (symbolic links resolved), as a leftover server names it. */
    DataFolder real() {
        try {
            return new DataFolder(root.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server has been installed here (MariaDB's own system schema exists). */
    public boolean isInitialized() {
        return Files.isDirectory(mariadb().resolve("mysql"));
    }

    /** True when nothing but an empty folder (or nothing) is there: the only place a restore writes into. */
    public boolean isEmpty() {
        if (!Files.exists(root)) {
            return true;
        }
        try (var entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders, readable by the process owner only (the credentials and member data are in there). */
    void prepare() {
        try {
            // mariadb/ is made by the install, whole or not at all
            for (Path folder : new Path[]{root, run(), logs(), backups()}) {
                createOwnerOnly(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    boolean isInsideTemporaryFolder() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return root.startsWith(temp);
    }

    static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
    }
}
