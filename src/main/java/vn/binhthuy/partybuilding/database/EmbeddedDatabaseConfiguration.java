package vn.binhthuy.partybuilding.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the application at it: the DataSource with the application's restricted
 * account (Hikari settings from {@code spring.datasource.hikari.*}), Flyway with the owner account, which then grants
 * the application account its privileges. Turned off with {@code partybuilding.database.embedded.enabled=false};
 * Spring Boot then builds the DataSource from {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
@ConditionalOnProperty(name = "partybuilding.database.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return new EmbeddedMariaDb(properties).start();
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb mariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setJdbcUrl(mariaDb.jdbcUrl());
        dataSource.setUsername(mariaDb.username());
        dataSource.setPassword(mariaDb.password());
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedMariaDb mariaDb) {
        return flyway -> flyway.dataSource(mariaDb.jdbcUrl(), DatabaseCredentials.OWNER, mariaDb.ownerPassword());
    }

    @Bean
    ApplicationAccountGrants applicationAccountGrants() {
        return ApplicationAccountGrants.of(DatabaseCredentials.APPLICATION, "127.0.0.1");
    }
}
