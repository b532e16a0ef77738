package vn.binhthuy.partybuilding.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.database.DatabaseCommands;
import vn.binhthuy.partybuilding.database.DatabaseCredentials;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDb;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDbProperties;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup → a new, empty data folder → restore: every row of every table is the same, and so is every KPI and chart
 * aggregate of every year (a few of them compared as well, as the dashboards compute them).
 */
@ApplicationTest
class BackupRestoreTest {

    /** The figures the dashboards are drawn from, per year: classifications, findings, plans, reviews. */
    private static final List<String> AGGREGATES = List.of(
            "SELECT rating_year, level_id, exemplary, COUNT(*) FROM organization_rating GROUP BY rating_year, level_id, exemplary ORDER BY 1, 2, 3",
            "SELECT rating_year, level_id, COUNT(*) FROM member_rating GROUP BY rating_year, level_id ORDER BY 1, 2",
            "SELECT * FROM member_rating_count ORDER BY 1, 2, 3",
            "SELECT * FROM finding_count ORDER BY 1, 2, 3",
            "SELECT finding_year, indicator_id, COUNT(*) FROM finding GROUP BY finding_year, indicator_id ORDER BY 1, 2",
            "SELECT plan_year, status, COUNT(*) FROM remediation_plan GROUP BY plan_year, status ORDER BY 1, 2",
            "SELECT COUNT(*), MAX(percent_complete) FROM remediation_progress",
            "SELECT COUNT(*) FROM review_delegation",
            "SELECT COUNT(*) FROM notebook_entry",
            "SELECT COUNT(DISTINCT username) FROM audit_event");

    @Autowired BackupService backups;
    @Autowired EmbeddedMariaDb live;
    @Autowired JdbcTemplate jdbc;
    @Autowired BackupLocation location;
    @Autowired vn.binhthuy.partybuilding.audit.AuditLog auditLog;

    @Test
    void aRestoredBackupHasEveryFigureOfEveryYear(@TempDir Path temp) throws Exception {
        BackupFile backup = backups.create();
        assertThat(backup.name()).matches(BackupService.NAME);
        assertThat(backups.list()).extracting(BackupFile::name).contains(backup.name());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'BACKUP_CREATED' AND entity_id = ?",
                Integer.class, backup.name())).isEqualTo(1);

        Path restoredFolder = temp.resolve("restored");
        DatabaseCommands.restore(backup.path(), EmbeddedMariaDbProperties.persistentAt(restoredFolder));

        try (EmbeddedMariaDb restored = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(restoredFolder)).start()) {
            JdbcTemplate original = owner(live);
            JdbcTemplate copy = owner(restored);
            List<String> tables = original.queryForList("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY 1""", String.class);
            assertThat(tables).contains("member_rating", "finding", "remediation_plan", "audit_event");
            long lastAuditRowInBackup = copy.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
            for (String table : tables) {
                // the live log has one row more: the backup's own audit row, written once the dump was complete
                String rows = "SELECT * FROM `" + table + "`"
                        + (table.equals("audit_event") ? " WHERE id <= " + lastAuditRowInBackup : "")
                        + " ORDER BY " + primaryKey(original, table);
                assertThat(copy.queryForList(rows)).as(table).isEqualTo(original.queryForList(rows));
            }
            for (String aggregate : AGGREGATES) {
                assertThat(copy.queryForList(aggregate)).as(aggregate).isEqualTo(original.queryForList(aggregate))
                        .isNotEmpty();
            }
            assertThat(copy.queryForObject("SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()",
                    Integer.class)).isEqualTo(original.queryForObject(
                    "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()", Integer.class))
                    .isPositive();
        }
    }

    @Test
    void aRestoreNeverWritesIntoAFolderThatHoldsData(@TempDir Path temp) throws Exception {
        BackupFile backup = backups.create();
        java.nio.file.Files.writeString(temp.resolve("something.txt"), "kept");

        assertThatThrownBy(() -> DatabaseCommands.restore(backup.path(), EmbeddedMariaDbProperties.persistentAt(temp)))
                .hasMessageContaining("is not empty");
        assertThat(temp.resolve("something.txt")).hasContent("kept");
        assertThat(temp.resolve("mariadb")).doesNotExist();
    }

    @Test
    void onlyTheNewestDailyBackupsAreKeptAndOnesMadeByHandStay(@TempDir Path temp) {
        BackupLocation elsewhere = new BackupLocation() {
            @Override
            public vn.binhthuy.partybuilding.database.DumpTarget target() {
                return location.target();
            }

            @Override
            public Path folder() {
                return temp;
            }
        };
        java.time.Instant first = java.time.Instant.parse("2026-11-28T19:30:00Z");
        for (int day = 0; day < 3; day++) {
            java.time.Clock clock = java.time.Clock.fixed(first.plus(java.time.Duration.ofDays(day)),
                    java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            BackupService service = new BackupService(elsewhere, new BackupProperties(true, "0 30 2 * * *", 2, null),
                    auditLog, clock);
            service.createScheduled();
            if (day == 0) {
                service.create();
            }
        }

        assertThat(BackupService.list(temp)).extracting(BackupFile::name).containsExactly(
                "partybuilding-daily-20261201-023000-000.sql.gz", "partybuilding-daily-20261130-023000-000.sql.gz",
                "partybuilding-20261129-023000-000.sql.gz");
    }

    private static String primaryKey(JdbcTemplate jdbc, String table) {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND table_name = ? AND constraint_name = 'PRIMARY'
                ORDER BY ordinal_position""", String.class, table);
        return columns.isEmpty() ? "1" : String.join(", ", columns);
    }

    private static JdbcTemplate owner(EmbeddedMariaDb mariaDb) {
        return new JdbcTemplate(new SingleConnectionDataSource(mariaDb.jdbcUrl(), DatabaseCredentials.OWNER,
                mariaDb.ownerPassword(), true));
    }
}
