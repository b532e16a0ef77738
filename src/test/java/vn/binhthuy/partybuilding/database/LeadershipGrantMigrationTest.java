package vn.binhthuy.partybuilding.database;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V8 (issue #14) turns an account's unit into where leadership is granted. An upgrade must not narrow anyone: a
 * leadership account bound to a district or an organization (its unit was ignored before) keeps the whole tree, and
 * other accounts keep their unit.
 */
class LeadershipGrantMigrationTest {

    @Test
    void existingLeadershipAccountsKeepTheWholeTreeAndOthersTheirUnit() {
        EmbeddedMariaDbProperties.Binaries binaries = MariaDbBinaries.systemInstalled()
                ? EmbeddedMariaDbProperties.Binaries.SYSTEM : EmbeddedMariaDbProperties.Binaries.BUNDLED;
        try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(binaries)).start();
             HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(mariaDb.jdbcUrl());
            dataSource.setUsername(DatabaseCredentials.OWNER);
            dataSource.setPassword(mariaDb.ownerPassword());
            Flyway.configure().dataSource(dataSource).target("7").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.update("""
                    INSERT INTO unit (id, code, parent_id, kind_code, level, name, short_name, valid_from_year, sort_order)
                    VALUES (1, 't', NULL, 'PROVINCE', 'PROVINCE', 'Tỉnh', 'Tỉnh', 2000, 0),
                           (2, 'q', 1, 'DISTRICT', 'DISTRICT', 'Quận', 'Quận', 2000, 1),
                           (3, 'p', 2, 'WARD', 'GRASSROOTS', 'Phường', 'Phường', 2000, 2)""");
            account(jdbc, "lanhdao.goc", 1, "LEADERSHIP");
            account(jdbc, "lanhdao.quan", 2, "LEADERSHIP");
            account(jdbc, "lanhdao.phuong", 3, "LEADERSHIP");
            account(jdbc, "bantochuc", 2, "ORG_BOARD");
            account(jdbc, "bithu", 3, "SECRETARY");

            Flyway.configure().dataSource(dataSource).load().migrate();

            assertThat(unitOf(jdbc, "lanhdao.goc")).isEqualTo(1L);
            assertThat(unitOf(jdbc, "lanhdao.quan")).isNull();
            assertThat(unitOf(jdbc, "lanhdao.phuong")).isNull();
            assertThat(unitOf(jdbc, "bantochuc")).isEqualTo(2L);
            assertThat(unitOf(jdbc, "bithu")).isEqualTo(3L);
        }
    }

    private static void account(JdbcTemplate jdbc, String username, long unitId, String role) {
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, unit_id) VALUES (?, 'x', ?, ?)",
                username, username, unitId);
        jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, ? FROM app_user WHERE username = ?",
                role, username);
    }

    private static Long unitOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT unit_id FROM app_user WHERE username = ?", Long.class, username);
    }
}
