package vn.binhthuy.partybuilding.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.database.DumpTarget;
import vn.binhthuy.partybuilding.database.MariaDbTools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes consistent backups of the whole database ({@code mariadb-dump --single-transaction}, gzip) into the backup
 * folder, keeps the newest {@code keep} of them, and lists them. A backup is written under a temporary name and
 * renamed when complete, so a file with a backup's name is always a whole backup.
 */
@Service
public class BackupService {

    static final Pattern NAME = Pattern.compile("partybuilding-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final BackupLocation location;
    private final BackupProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    BackupService(BackupLocation location, BackupProperties properties, AuditLog auditLog, Clock clock) {
        this.location = location;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Writes a backup now; refused while another one is being written. */
    public BackupFile create() {
        if (!running.tryLock()) {
            throw new BackupInProgressException();
        }
        try {
            BackupFile backup = write(location.target(), location.folder(), LocalDateTime.now(clock));
            deleteBeyondRetention();
            auditLog.record(AuditAction.BACKUP_CREATED, "BACKUP", backup.name(),
                    backup.name() + " (" + backup.sizeBytes() + " bytes)", null, null);
            return backup;
        } finally {
            running.unlock();
        }
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    public List<BackupFile> list() {
        return list(location.folder());
    }

    public Path folder() {
        return location.folder();
    }

    /** Also used by the command line ({@code backup}) without an application context. */
    public static BackupFile write(DumpTarget target, Path folder, LocalDateTime now) {
        long started = System.nanoTime();
        Path file = folder.resolve("partybuilding-" + STAMP.format(now) + ".sql.gz");
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            // a backup holds every member's data: readable by the process owner only
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                MariaDbTools.dump(target, out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            BackupFile backup = new BackupFile(file, now, Files.size(file));
            log.info("Backup {} written in {} ms ({} bytes)", file, (System.nanoTime() - started) / 1_000_000,
                    backup.sizeBytes());
            return backup;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            deleteQuietly(partial);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The backup was interrupted", e);
        }
    }

    static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteBeyondRetention() {
        List<BackupFile> backups = list();
        for (BackupFile old : backups.subList(Math.min(properties.keep(), backups.size()), backups.size())) {
            deleteQuietly(old.path());
            log.info("Backup {} deleted (only the newest {} are kept)", old.name(), properties.keep());
        }
    }

    /** The time in the name is the one the backup was taken at (the application's clock), whatever the file system says. */
    private static BackupFile describe(Path file) {
        try {
            String name = file.getFileName().toString();
            LocalDateTime created = LocalDateTime.parse(name.substring("partybuilding-".length(),
                    name.length() - ".sql.gz".length()), STAMP);
            return new BackupFile(file, created, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
