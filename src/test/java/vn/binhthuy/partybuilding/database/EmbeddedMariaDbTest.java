package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMariaDbTest {

    @Test
    void throwawayServerRunsOnLoopbackWithVietnameseCollationAndIsDeletedOnStop() throws Exception {
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                EmbeddedMariaDbProperties.Binaries.AUTO)).start();
        Path root = mariaDb.folder().root();
        int port = mariaDb.port();
        try (Connection connection = owner(mariaDb);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT @@bind_address, DATABASE(), @@collation_database, VERSION()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2)).isEqualTo("partybuilding");
            assertThat(rs.getString(3)).isEqualTo("utf8mb4_uca1400_vietnamese_as_ci");
            assertThat(rs.getString(4)).matches("1[01]\\..*MariaDB.*");
        }
        assertThat(root).isDirectory();

        mariaDb.stop();

        assertThat(mariaDb.isRunning()).isFalse();
        assertThat(Files.exists(root)).isFalse();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aPersistentFolderKeepsItsDataAcrossRestartsEvenInsideTheTempFolder(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("pb-data");
        try (EmbeddedMariaDb first = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start()) {
            execute(first, "CREATE TABLE kept (v VARCHAR(20))", "INSERT INTO kept VALUES ('Long Tuyền')");
        }
        assertThat(folder.resolve("mariadb")).isDirectory();
        assertThat(folder.resolve("run")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(folder.resolve("credentials.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (EmbeddedMariaDb second = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start();
             Connection connection = owner(second);
             ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Long Tuyền");
        }
        assertThat(folder.resolve("mariadb")).isDirectory();
    }

    @Test
    void refusesConnectionsWithoutTheGeneratedPasswords() throws Exception {
        try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                EmbeddedMariaDbProperties.Binaries.AUTO)).start()) {
            String server = "jdbc:mariadb://127.0.0.1:" + mariaDb.port() + "/";
            assertThatThrownBy(() -> DriverManager.getConnection(server, "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(server, "", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(server, mariaDb.username(), "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(server, "mysql", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection connection = owner(mariaDb);
                 ResultSet rs = connection.createStatement().executeQuery("""
                         SELECT CONCAT(User, '@', Host) FROM mysql.global_priv
                         WHERE IFNULL(JSON_VALUE(Priv, '$.is_role'), 'false') NOT IN ('true', '1')
                           AND IFNULL(JSON_VALUE(Priv, '$.account_locked'), 'false') NOT IN ('true', '1')
                           AND (IFNULL(JSON_VALUE(Priv, '$.authentication_string'), '') = ''
                                OR JSON_SEARCH(Priv, 'one', 'unix_socket') IS NOT NULL)""")) {
                java.util.List<String> open = new java.util.ArrayList<>();
                while (rs.next()) {
                    open.add(rs.getString(1));
                }
                assertThat(open).as("accounts that sign in without a password, from any address or socket").isEmpty();
            }
        }
    }

    @Test
    void aServerThatDiesIsRestartedOnTheSameFolderAndPort() throws Exception {
        try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                EmbeddedMariaDbProperties.Binaries.AUTO)).start()) {
            execute(mariaDb, "CREATE TABLE survives (v INT)", "INSERT INTO survives VALUES (7)");
            long firstPid = mariaDb.pid();

            ProcessHandle server = ProcessHandle.of(firstPid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Integer value = null;
            while (value == null && System.nanoTime() < deadline) {
                try (Connection connection = owner(mariaDb);
                     ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM survives")) {
                    value = rs.next() ? rs.getInt(1) : null;
                } catch (SQLException stillDown) {
                    Thread.sleep(200);
                }
            }
            assertThat(value).as("served again within 10 s").isEqualTo(7);
            // the new server answers a moment before the supervisor, which waited for it to be ready, records it
            while (mariaDb.pid() == firstPid && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(mariaDb.pid()).isNotEqualTo(firstPid);
            assertThat(mariaDb.restarts()).isEqualTo(1);
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderFailsAtOnceWithWhatToDo(@TempDir Path temp) {
        Path folder = temp.resolve("shared");
        try (EmbeddedMariaDb first = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start())
                    .hasMessageContaining("in use by another running instance")
                    .isInstanceOfSatisfying(EmbeddedDatabaseException.class,
                            e -> assertThat(e.action()).contains("partybuilding.database.embedded.data-dir"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(first.isRunning()).isTrue();
        }
    }

    @Test
    void aFolderOfANewerReleaseIsRefusedBeforeTheOlderServerTouchesIt(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("data");
        String served;
        try (EmbeddedMariaDb first = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start();
             Connection connection = owner(first);
             ResultSet rs = connection.createStatement().executeQuery("SELECT VERSION()")) {
            rs.next();
            served = rs.getString(1);
        }
        assertThat(served).startsWith(Files.readString(folder.resolve("server-version")).strip());

        Files.writeString(folder.resolve("server-version"), "99.1.0\n");
        assertThatThrownBy(() -> new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start())
                .hasMessageContaining("last served by MariaDB 99.1.0")
                .isInstanceOfSatisfying(EmbeddedDatabaseException.class,
                        e -> assertThat(e.action()).contains("MariaDB 99.1 or newer"));
        assertThat(KilledApplicationTest.serversOn(folder)).isEmpty();
    }

    @Test
    void twoServersRunSideBySideOnDifferentPorts() {
        try (EmbeddedMariaDb first = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                EmbeddedMariaDbProperties.Binaries.AUTO)).start();
             EmbeddedMariaDb second = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                     EmbeddedMariaDbProperties.Binaries.AUTO)).start()) {
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(first.folder()).isNotEqualTo(second.folder());
        }
    }

    static Connection owner(EmbeddedMariaDb mariaDb) throws SQLException {
        return DriverManager.getConnection(mariaDb.jdbcUrl(), DatabaseCredentials.OWNER, mariaDb.ownerPassword());
    }

    static void execute(EmbeddedMariaDb mariaDb, String... statements) throws SQLException {
        try (Connection connection = owner(mariaDb); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
