package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.time.Clock;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application works as a database account that can append to the audit log but never change or delete it. */
@ApplicationTest
class ApplicationAccountGrantsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theApplicationAccountCannotUpdateOrDeleteTheAuditLog() {
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class))
                .isEqualTo(DatabaseCredentials.APPLICATION + "@127.0.0.1");
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, username, action, summary)
                VALUES (?, 'grants-test', 'EXPORT', 'appended by the application account')""",
                LocalDateTime.now(clock)); // the application's time: the audit log is read newest first

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET summary = 'rewritten' WHERE username = 'grants-test'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("UPDATE command denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE username = 'grants-test'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("DELETE command denied");
        assertThatThrownBy(() -> jdbc.execute("DROP TABLE audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("denied");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE summary = 'appended by the application account'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void itReadsSequenceTablesAndWritesDataTables() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seq_1_to_13", Integer.class)).isEqualTo(13);
        assertThat(jdbc.update("UPDATE indicator SET title_en = title_en WHERE code = 'A1'")).isEqualTo(1);
    }
}
