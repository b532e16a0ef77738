package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The embedded server's two accounts, with passwords generated once per data folder and kept in it, readable by
 * the process owner only: the owner ({@code root}, migrations, backups) and the application's account, which may
 * only read, write the data tables and append to the audit log ({@link ApplicationAccountGrants}).
 */
public record DatabaseCredentials(String ownerPassword, String applicationPassword) {

    public static final String OWNER = "root";
    public static final String APPLICATION = "partybuilding_app";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static DatabaseCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            DatabaseCredentials created = new DatabaseCredentials(generate(), generate());
            created.write(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database credentials " + file, e);
        }
    }

    public static DatabaseCredentials load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String owner = properties.getProperty("owner.password");
        String application = properties.getProperty("application.password");
        if (owner == null || application == null) {
            throw new IOException(file + " lacks owner.password or application.password");
        }
        return new DatabaseCredentials(owner, application);
    }

    private void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("application.password", applicationPassword);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(writer, "Generated for this data folder; the embedded MariaDB's accounts. Keep it private.");
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
