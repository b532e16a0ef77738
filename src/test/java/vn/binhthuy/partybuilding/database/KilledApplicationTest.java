package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the application: its server stops by itself, and even a server that stayed behind (a machine
 * without {@code setpriv}) is stopped by the next start, which then serves the same data within 20 s.
 */
class KilledApplicationTest {

    @Test
    void theServerOfAKilledApplicationStopsByItself(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("data");
        killApplicationAfterWrite(folder, true);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!serversOn(folder).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(serversOn(folder)).as("no orphaned mariadbd").isEmpty();
        assertStartsWithinTwentySecondsWithTheRow(folder);
    }

    @Test
    void aServerLeftBehindIsStoppedByTheNextStart(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("data");
        killApplicationAfterWrite(folder, false);
        assertThat(serversOn(folder)).as("the simulated leftover server").hasSize(1);

        assertStartsWithinTwentySecondsWithTheRow(folder);
        assertThat(serversOn(folder)).isEmpty();
    }

    private static void assertStartsWithinTwentySecondsWithTheRow(Path folder) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedMariaDb next = new EmbeddedMariaDb(EmbeddedMariaDbProperties.persistentAt(folder)).start()) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            try (Connection connection = EmbeddedMariaDbTest.owner(next);
                 ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM written_before_kill")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Trà Nóc");
            }
            assertThat(serversOn(folder)).hasSize(1);
        }
    }

    private static void killApplicationAfterWrite(Path folder, boolean stopWithApplication) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedMariaDbChild.class.getName(), folder.toString(), Boolean.toString(stopWithApplication))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(application.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(EmbeddedMariaDbChild.READY)) {
                // the child's log
            }
            assertThat(line).as("the child application got ready").isEqualTo(EmbeddedMariaDbChild.READY);
            application.destroyForcibly();
            assertThat(application.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    static List<ProcessHandle> serversOn(Path folder) {
        String argument = "--datadir=" + new DataFolder(folder).mariadb();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(argument)).orElse(false))
                .toList();
    }
}
