package vn.binhthuy.partybuilding.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Starts the embedded MariaDB and points the application's DataSource at it. Turned off with
 * {@code partybuilding.database.embedded.enabled=false}; Spring Boot then builds the DataSource
 * from the standard {@code spring.datasource.*} properties.
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
    DataSource dataSource(EmbeddedMariaDb mariaDb) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("embedded-mariadb");
        config.setJdbcUrl(mariaDb.jdbcUrl());
        config.setUsername(mariaDb.username());
        config.setPassword("");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
