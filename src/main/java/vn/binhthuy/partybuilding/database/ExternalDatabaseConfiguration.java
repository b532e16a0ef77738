package vn.binhthuy.partybuilding.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On an external server migrated by an owner account ({@code spring.flyway.user}), grants the application's own
 * account ({@code partybuilding.database.application-account}, e.g. {@code 'partybuilding'@'%'}) exactly its
 * privileges after every migration, as on the embedded database (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "partybuilding.database.embedded.enabled", havingValue = "false")
class ExternalDatabaseConfiguration {

    @Bean
    @ConditionalOnProperty(name = "partybuilding.database.application-account")
    ApplicationAccountGrants applicationAccountGrants(
            @org.springframework.beans.factory.annotation.Value("${partybuilding.database.application-account}") String account) {
        return new ApplicationAccountGrants(account);
    }
}
