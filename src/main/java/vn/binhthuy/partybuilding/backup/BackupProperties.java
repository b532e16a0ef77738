package vn.binhthuy.partybuilding.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups of the database.
 *
 * @param scheduled on by default for the embedded database: a backup every day at {@code cron}
 * @param cron      when the scheduled backup runs (Spring cron, server time)
 * @param keep      how many of the newest backups are kept; older ones are deleted after each new backup
 * @param dir       where backups go; empty = {@code backups} in the embedded data folder
 */
@ConfigurationProperties(prefix = "partybuilding.backup")
public record BackupProperties(boolean scheduled, String cron, int keep, String dir) {

    public BackupProperties {
        keep = keep <= 0 ? 14 : keep;
    }
}
