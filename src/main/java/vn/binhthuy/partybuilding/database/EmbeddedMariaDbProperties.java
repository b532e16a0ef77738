package vn.binhthuy.partybuilding.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the MariaDB server the application starts for itself.
 *
 * @param enabled        start an embedded server (default); {@code false} uses {@code spring.datasource.*}
 * @param binaries       {@code auto} (system {@code mariadbd} if installed, else the bundled binaries),
 *                       {@code system} or {@code bundled}
 * @param dataDir        keep the data in this folder across restarts; empty = a fresh folder per run, deleted on stop
 * @param databaseName   schema created in the server
 */
@ConfigurationProperties(prefix = "partybuilding.database.embedded")
public record EmbeddedMariaDbProperties(boolean enabled, Binaries binaries, String dataDir, String databaseName) {

    public enum Binaries { AUTO, SYSTEM, BUNDLED }

    public EmbeddedMariaDbProperties {
        binaries = binaries == null ? Binaries.AUTO : binaries;
        databaseName = databaseName == null || databaseName.isBlank() ? "partybuilding" : databaseName;
    }

    public static EmbeddedMariaDbProperties defaults() {
        return new EmbeddedMariaDbProperties(true, Binaries.AUTO, null, null);
    }
}
