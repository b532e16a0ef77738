package vn.binhthuy.partybuilding.backup;

import vn.binhthuy.partybuilding.base.ClockConfiguration;
import vn.binhthuy.partybuilding.database.DatabaseCommands;
import vn.binhthuy.partybuilding.database.EmbeddedMariaDbProperties;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@code backup} and {@code restore <file>} from the command line (see docs/operations.md): a backup of the embedded
 * database whether or not the application is running; a restore into an empty data folder.
 */
public final class BackupCommands {

    private BackupCommands() {
    }

    /** The exit code of the command in {@code args}, or empty when the arguments start the application. */
    public static Optional<Integer> run(String[] args) {
        if (args.length == 0 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            return Optional.empty();
        }
        EmbeddedMariaDbProperties properties = DatabaseCommands.propertiesFrom(args);
        try {
            if (args[0].equals("backup")) {
                BackupFile backup = DatabaseCommands.withServer(properties, target -> BackupService.write(target,
                        Path.of(properties.dataDir()).toAbsolutePath().resolve("backups"),
                        LocalDateTime.now(ClockConfiguration.VIETNAM)));
                System.out.println("Backup written: " + backup.path() + " (" + backup.sizeBytes() + " bytes)");
            } else {
                if (args.length < 2 || args[1].startsWith("--")) {
                    System.err.println("Usage: restore <backup file> [--partybuilding.database.embedded.data-dir=<empty folder>]");
                    return Optional.of(2);
                }
                Path restored = DatabaseCommands.restore(Path.of(args[1]), properties);
                System.out.println("Restored " + args[1] + " into " + restored
                        + ". Start the application with this data folder.");
            }
            return Optional.of(0);
        } catch (RuntimeException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return Optional.of(1);
        }
    }
}
