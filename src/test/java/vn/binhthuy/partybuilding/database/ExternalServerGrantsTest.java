package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.Application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The external-server setup of docs/operations.md, followed to the letter: an owner account that migrates, an
 * application account created without any privilege. The application grants it what it needs, works fully (the
 * demo data loads, the article's figures are there) and cannot change or delete the audit log.
 */
class ExternalServerGrantsTest {

    @Test
    void theDocumentedAccountsRunTheApplicationWithAnAppendOnlyAuditLog() throws Exception {
        try (EmbeddedMariaDb server = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(
                EmbeddedMariaDbProperties.Binaries.AUTO)).start()) {
            EmbeddedMariaDbTest.execute(server,
                    "CREATE USER 'pb_owner'@'127.0.0.1' IDENTIFIED BY 'Owner-Secret-1'",
                    "GRANT ALL PRIVILEGES ON partybuilding.* TO 'pb_owner'@'127.0.0.1' WITH GRANT OPTION",
                    "CREATE USER 'pb_app'@'127.0.0.1' IDENTIFIED BY 'App-Secret-1'");
            String url = "jdbc:mariadb://127.0.0.1:" + server.port() + "/partybuilding";
            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class).run(
                    "--partybuilding.database.embedded.enabled=false",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=pb_app", "--spring.datasource.password=App-Secret-1",
                    "--spring.flyway.user=pb_owner", "--spring.flyway.password=Owner-Secret-1",
                    "--partybuilding.database.application-account='pb_app'@'127.0.0.1'",
                    "--partybuilding.demo-data.enabled=true", "--partybuilding.backup.scheduled=false",
                    "--server.port=0")) {
                JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).isEqualTo("pb_app@127.0.0.1");
                assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM member_rating r JOIN unit o ON o.id = r.organization_id
                        WHERE r.rating_year = 2017""", Integer.class)).isEqualTo(4389);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isNotNull();
                assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET summary = 'x'"))
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("UPDATE command denied");
                assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event"))
                        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("DELETE command denied");
            }
        }
    }
}
