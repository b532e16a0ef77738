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
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
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

    static final String MANUAL_PREFIX = "partybuilding-";
    static final String SCHEDULED_PREFIX = "partybuilding-daily-";
    static final Pattern NAME = Pattern.compile("partybuilding-(daily-)?(\\d{8}-\\d{6}-\\d{3})\\.sql\\.gz");
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

    /** Writes a backup asked for by a person; kept until someone deletes it. Refused while another is written. */
    public BackupFile create() {
        return create(MANUAL_PREFIX);
    }

    /** Writes the daily backup; only the newest {@code keep} daily backups are kept. */
    BackupFile createScheduled() {
        return create(SCHEDULED_PREFIX);
    }

    private BackupFile create(String prefix) {
        if (!running.tryLock()) {
            throw new BackupInProgressException();
        }
        try {
            BackupFile backup = write(location.target(), location.folder(), prefix, LocalDateTime.now(clock));
            deleteBeyondRetention();
            auditLog.record(AuditAction.BACKUP_CREATED, "BACKUP", backup.name(),
                    backup.name() + " (" + backup.sizeBytes() + " bytes)", null, null);
            return backup;
        } catch (RuntimeException e) {
            log.error("The backup into {} failed", location.folder(), e);
            auditLog.record(AuditAction.BACKUP_FAILED, "BACKUP", null, truncate(e.getMessage()), null, null);
            throw e;
        } finally {
            running.unlock();
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }

    /**
     * Deletes a backup of the list by its name (only a backup's name, only in the backup folder); refused while a
     * backup is being written, since retention runs then too.
     */
    public void delete(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a backup: " + name);
        }
        if (!running.tryLock()) {
            throw new BackupInProgressException();
        }
        try {
            Path file = location.folder().resolve(name);
            if (!Files.deleteIfExists(file)) {
                return;
            }
            log.info("Backup {} deleted by hand", file);
            auditLog.record(AuditAction.BACKUP_DELETED, "BACKUP", name, name, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup " + name + " could not be deleted: " + e.getMessage(), e);
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
        return write(target, folder, MANUAL_PREFIX, now);
    }

    private static BackupFile write(DumpTarget target, Path folder, String prefix, LocalDateTime at) {
        long started = System.nanoTime();
        // the name keeps milliseconds; the backup's time is the one its name says
        LocalDateTime now = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Path file = folder.resolve(prefix + STAMP.format(now) + ".sql.gz");
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            // a backup holds every member's data: readable by the process owner only
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                OutputStream out = new GZIPOutputStream(Channels.newOutputStream(channel), 1 << 16);
                MariaDbTools.dump(target, out);
                out.flush();
                ((GZIPOutputStream) out).finish();
                // on disk before it gets a backup's name: after a power cut a named backup is a whole one
                channel.force(true);
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
                    .sorted(Comparator.comparing(BackupFile::createdAt).thenComparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteBeyondRetention() {
        List<BackupFile> backups = list().stream().filter(BackupFile::scheduled).toList();
        for (BackupFile old : backups.subList(Math.min(properties.keep(), backups.size()), backups.size())) {
            deleteQuietly(old.path());
            log.info("Backup {} deleted (only the newest {} daily backups are kept)", old.name(), properties.keep());
        }
    }

    /** The time in the name is the one the backup was taken at (the application's clock), whatever the file system says. */
    private static BackupFile describe(Path file) {
        try {
            var name = NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                throw new IllegalArgumentException(file + " is not a backup");
            }
            LocalDateTime created = LocalDateTime.parse(name.group(2), STAMP);
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
