package vn.binhthuy.partybuilding.backup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.binhthuy.partybuilding.database.DumpTarget;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDb;
import vn.binhthuy.partybuilding.database.ExternalDumpTarget;

import java.nio.file.Path;

/**
 * Backs up the embedded database into its data folder's {@code backups}, or an external server (through
 * {@code mariadb-dump} on this machine, with the migration account when one is configured) into
 * {@code partybuilding.backup.dir} (default {@code backups}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupProperties.class)
class BackupConfiguration {

    @Bean
    BackupLocation backupLocation(ObjectProvider<EmbeddedMariaDb> embedded, BackupProperties properties,
                                  Environment environment) {
        EmbeddedMariaDb mariaDb = embedded.getIfAvailable();
        boolean dirSet = properties.dir() != null && !properties.dir().isBlank();
        if (mariaDb != null) {
            Path folder = dirSet ? Path.of(properties.dir()) : mariaDb.folder().backups();
            return new FixedLocation(() -> DumpTarget.of(mariaDb), folder.toAbsolutePath());
        }
        Path folder = Path.of(dirSet ? properties.dir() : "backups").toAbsolutePath();
        return new FixedLocation(() -> ExternalDumpTarget.from(environment), folder);
    }

    private record FixedLocation(java.util.function.Supplier<DumpTarget> targets, Path folder)
            implements BackupLocation {
        @Override
        public DumpTarget target() {
            return targets.get();
        }
    }
}
