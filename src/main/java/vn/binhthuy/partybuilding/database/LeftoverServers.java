package vn.binhthuy.partybuilding.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code mariadbd} left running on a data folder by an application that was killed. Called only while holding
 * the folder's {@link DataFolderLock}, so such a server has no living owner: it is stopped (cleanly when it
 * agrees within the grace period) before a new one starts on the same files.
 */
final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);
    private static final Duration GRACE = Duration.ofSeconds(12);

    private LeftoverServers() {
    }

    static void stopAll(DataFolder folder) {
        String dataDirArgument = "--datadir=" + folder.mariadb();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments()
                        .map(arguments -> Arrays.asList(arguments).contains(dataDirArgument)).orElse(false))
                .toList();
        for (ProcessHandle leftover : leftovers) {
            log.warn("A MariaDB server (pid {}) left running on {} by an earlier run is being stopped",
                    leftover.pid(), folder.mariadb());
            if (!leftover.destroy()) {
                throw cannotStop(leftover, folder);
            }
            if (!exited(leftover, GRACE)) {
                log.warn("The leftover MariaDB server (pid {}) did not stop within {} s; killing it", leftover.pid(),
                        GRACE.toSeconds());
                if (!leftover.destroyForcibly() || !exited(leftover, Duration.ofSeconds(5))) {
                    throw cannotStop(leftover, folder);
                }
            }
        }
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception notInTime) {
            return !process.isAlive();
        }
    }

    private static EmbeddedDatabaseException cannotStop(ProcessHandle leftover, DataFolder folder) {
        String user = leftover.info().user().orElse("another user");
        return new EmbeddedDatabaseException("A MariaDB server (pid " + leftover.pid() + ", user " + user
                + ") is still running on " + folder.mariadb() + " and could not be stopped by this application.",
                "Stop it as its owner (for example: sudo kill " + leftover.pid() + "), then start the application again.",
                null);
    }
}
