package vn.binhthuy.partybuilding.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup on disk: a gzip-compressed SQL dump of the whole database. */
public record BackupFile(Path path, LocalDateTime createdAt, long sizeBytes) {

    public String name() {
        return path.getFileName().toString();
    }

    /** A daily backup (kept only among the newest); the others were asked for by a person and stay. */
    public boolean scheduled() {
        return name().startsWith(BackupService.SCHEDULED_PREFIX);
    }
}
