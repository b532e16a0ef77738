package vn.binhthuy.partybuilding.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the MariaDB server the application starts for itself.
 *
 * @param enabled      start an embedded server (default); {@code false} uses {@code spring.datasource.*}
 * @param binaries     {@code auto} (system {@code mariadbd} if installed, else the bundled binaries),
 *                     {@code system} or {@code bundled}
 * @param dataDir      the data folder kept across restarts (default {@code data} beside where the application runs)
 * @param throwaway    {@code true}: a fresh folder under the system temp folder instead, deleted at stop (tests, demos)
 * @param databaseName schema created in the server
 */
@ConfigurationProperties(prefix = "partybuilding.database.embedded")
public record EmbeddedMariaDbProperties(boolean enabled, Binaries binaries, String dataDir, boolean throwaway,
                                        String databaseName) {

    public enum Binaries { AUTO, SYSTEM, BUNDLED }

    public EmbeddedMariaDbProperties {
        binaries = binaries == null ? Binaries.AUTO : binaries;
        dataDir = dataDir == null || dataDir.isBlank() ? "data" : dataDir;
        databaseName = databaseName == null || databaseName.isBlank() ? "partybuilding" : databaseName;
    }

    public static EmbeddedMariaDbProperties throwawayWith(Binaries binaries) {
        return new EmbeddedMariaDbProperties(true, binaries, null, true, null);
    }

    public static EmbeddedMariaDbProperties persistentAt(Path folder) {
        return new EmbeddedMariaDbProperties(true, Binaries.AUTO, folder.toString(), false, null);
    }
}
