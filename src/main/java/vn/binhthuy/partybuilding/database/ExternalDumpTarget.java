package vn.binhthuy.partybuilding.database;

import org.springframework.core.env.Environment;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An external server as {@code mariadb-dump} reaches it: from {@code spring.datasource.url}, with the migration
 * account ({@code spring.flyway.user}) when one is set — the application's own account cannot read everything a
 * backup needs — and the tools found on this machine's PATH (Debian: {@code mariadb-client}).
 */
public final class ExternalDumpTarget {

    private ExternalDumpTarget() {
    }

    public static DumpTarget from(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:mariadb://") && !url.startsWith("jdbc:mysql://")) {
            throw new IllegalStateException("Backups of an external database need a jdbc:mariadb:// URL, not " + url);
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String flywayUser = environment.getProperty("spring.flyway.user");
        boolean owner = flywayUser != null && !flywayUser.isBlank();
        return new DumpTarget(tool("mariadb-dump"), tool("mariadb"), uri.getHost(),
                uri.getPort() < 0 ? 3306 : uri.getPort(), database,
                owner ? flywayUser : environment.getProperty("spring.datasource.username", ""),
                owner ? environment.getProperty("spring.flyway.password", "")
                        : environment.getProperty("spring.datasource.password", ""));
    }

    private static Path tool(String name) {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                        Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not installed on this machine "
                        + "(Debian: apt-get install mariadb-client)"));
    }
}
