package vn.binhthuy.partybuilding.database;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.binhthuy.partybuilding.demo.DemoDataLoader;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The migrations run from an empty schema, and the demo data loads (once), on both servers the product supports:
 * the system MariaDB (10.11 on Debian 12) and the bundled MariaDB 11.4.
 */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(value = EmbeddedMariaDbProperties.Binaries.class, names = {"SYSTEM", "BUNDLED"})
    void migrateFromEmptyAndLoadDemoDataIdempotently(EmbeddedMariaDbProperties.Binaries binaries) {
        assumeTrue(binaries != EmbeddedMariaDbProperties.Binaries.SYSTEM || MariaDbBinaries.systemInstalled(),
                "no system mariadbd on this machine");
        try (EmbeddedMariaDb mariaDb = new EmbeddedMariaDb(EmbeddedMariaDbProperties.throwawayWith(binaries)).start();
             HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(mariaDb.jdbcUrl());
            dataSource.setUsername(mariaDb.username());
            dataSource.setPassword(mariaDb.password());

            MigrateResult result = Flyway.configure()
                    .dataSource(mariaDb.jdbcUrl(), DatabaseCredentials.OWNER, mariaDb.ownerPassword())
                    .callbacks(ApplicationAccountGrants.of(DatabaseCredentials.APPLICATION, "127.0.0.1"))
                    .load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator", Integer.class)).isEqualTo(27);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator WHERE group_code = 'C'", Integer.class)).isEqualTo(9);
            assertThat(jdbc.queryForObject("SELECT title_vi FROM indicator WHERE code = 'A1'", String.class))
                    .startsWith("Phai nhạt lý tưởng cách mạng");
            assertThat(jdbc.queryForObject("SELECT @@collation_database", String.class))
                    .isEqualTo("utf8mb4_uca1400_vietnamese_as_ci");

            DemoDataLoader loader = new DemoDataLoader(jdbc, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                    Clock.systemUTC());
            assertThat(loader.load()).isEqualTo(DemoDataLoader.Outcome.LOADED);
            Integer ratings = jdbc.queryForObject("SELECT COUNT(*) FROM member_rating", Integer.class);
            assertThat(loader.load()).isEqualTo(DemoDataLoader.Outcome.ALREADY_LOADED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_rating", Integer.class)).isEqualTo(ratings);
        }
    }
}
