package vn.binhthuy.partybuilding.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily backup (on by default for the embedded database; {@code partybuilding.backup.scheduled}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "partybuilding.backup.scheduled", havingValue = "true")
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupService backups;

    BackupSchedule(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${partybuilding.backup.cron:0 30 2 * * *}")
    void daily() {
        try {
            backups.createScheduled();
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed: {}", e.getMessage(), e);
        }
    }
}
