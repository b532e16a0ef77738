package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMariaDbTest {

    @Test
    void startsOnLoopbackWithVietnameseCollationAndCleansUpOnStop() throws Exception {
        EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.defaults()).start();
        var runDir = mariaDb.runDir();
        int port = mariaDb.port();
        try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl(), mariaDb.username(), "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT @@bind_address, DATABASE(), @@collation_database, VERSION()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            assertThat(rs.getString(2)).isEqualTo("partybuilding");
            assertThat(rs.getString(3)).isEqualTo("utf8mb4_uca1400_vietnamese_as_ci");
            assertThat(rs.getString(4)).matches("1[01]\\..*MariaDB.*");
        }
        assertThat(runDir).isDirectory();

        mariaDb.stop();

        assertThat(mariaDb.isRunning()).isFalse();
        assertThat(Files.exists(runDir)).isFalse();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void twoServersRunSideBySideOnDifferentPorts() {
        try (EmbeddedMariaDb first = new EmbeddedMariaDb(EmbeddedMariaDbProperties.defaults()).start();
             EmbeddedMariaDb second = new EmbeddedMariaDb(EmbeddedMariaDbProperties.defaults()).start()) {
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(first.runDir()).isNotEqualTo(second.runDir());
        }
    }
}
