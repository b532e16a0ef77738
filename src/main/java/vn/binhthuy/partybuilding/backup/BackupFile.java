package vn.binhthuy.partybuilding.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup on disk: a gzip-compressed SQL dump of the whole database. */
public record BackupFile(Path path, LocalDateTime createdAt, long sizeBytes) {

    public String name() {
        return path.getFileName().toString();
    }
}
