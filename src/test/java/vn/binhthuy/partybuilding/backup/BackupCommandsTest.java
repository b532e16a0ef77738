package vn.binhthuy.partybuilding.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhthuy.partybuilding.database.DatabaseCredentials;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDb;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDbProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented commands: {@code backup} while the application runs or not, {@code restore} into an empty folder. */
class BackupCommandsTest {

    @Test
    void backupRunningOrStoppedThenRestoreIntoAnEmptyFolder(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("data");
        String dataDir = "--partybuilding.database.embedded.data-dir=" + folder;
        try (EmbeddedMariaDb running = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start();
             Connection connection = owner(running)) {
            connection.createStatement().execute("CREATE TABLE partybuilding.kept (v VARCHAR(40))");
            connection.createStatement().execute("INSERT INTO partybuilding.kept VALUES ('Bình Thủy')");

            assertThat(BackupCommands.run(new String[]{"backup", dataDir})).contains(0);
        }
        assertThat(BackupCommands.run(new String[]{"backup", dataDir})).contains(0);
        List<BackupFile> backups = BackupService.list(folder.resolve("backups"));
        assertThat(backups).hasSize(2);

        Path restoredFolder = temp.resolve("restored");
        String restoredDir = "--partybuilding.database.embedded.data-dir=" + restoredFolder;
        assertThat(BackupCommands.run(new String[]{"restore", backups.getLast().path().toString(), restoredDir}))
                .contains(0);
        assertThat(BackupCommands.run(new String[]{"restore", backups.getLast().path().toString(), restoredDir}))
                .as("never into a folder that holds data").contains(1);

        try (EmbeddedMariaDb restored = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(restoredFolder)).start();
             Connection connection = owner(restored);
             ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Bình Thủy");
        }
        assertThat(Files.list(folder.resolve("backups")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".partial"));
    }

    @Test
    void aBrokenBackupIsRefusedAndLeavesNothingBehind(@TempDir Path temp) throws Exception {
        Path truncated = temp.resolve("partybuilding-20261130-023000-000.sql.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(truncated))) {
            out.write("CREATE DATABASE IF NOT EXISTS partybuilding; USE partybuilding; CREATE TABLE t (v INT); INSERT INTO t VALUES (".getBytes());
        }
        Path target = temp.resolve("restored");

        assertThat(BackupCommands.run(new String[]{"restore", truncated.toString(),
                "--partybuilding.database.embedded.data-dir=" + target})).contains(1);

        assertThat(target).doesNotExist();
        assertThat(temp.resolve("restored.restoring")).doesNotExist();
    }

    @Test
    void otherArgumentsStartTheApplication() {
        assertThat(BackupCommands.run(new String[]{})).isEmpty();
        assertThat(BackupCommands.run(new String[]{"--server.port=9090"})).isEmpty();
    }

    private static Connection owner(EmbeddedMariaDb mariaDb) throws Exception {
        return DriverManager.getConnection(mariaDb.jdbcUrl(), DatabaseCredentials.OWNER, mariaDb.ownerPassword());
    }
}
