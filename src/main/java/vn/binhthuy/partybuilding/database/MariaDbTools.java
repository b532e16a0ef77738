package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs {@code mariadb-dump} and {@code mariadb} against a {@link DumpTarget}. The password goes through an options
 * file readable by the owner only, never on the command line (where {@code ps} would show it).
 */
public final class MariaDbTools {

    private MariaDbTools() {
    }

    /** A consistent snapshot of the whole schema (one transaction), with its triggers and routines. */
    public static void dump(DumpTarget target, OutputStream sql) throws IOException, InterruptedException {
        run(target, target.dump(), List.of("--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--default-character-set=utf8mb4", "--databases", target.database()), null, sql);
    }

    /** Feeds an SQL script (e.g. a dump) to the server. */
    public static void load(DumpTarget target, InputStream sql) throws IOException, InterruptedException {
        run(target, target.client(), List.of("--default-character-set=utf8mb4", "--binary-mode"), sql, null);
    }

    private static void run(DumpTarget target, Path program, List<String> arguments, InputStream input,
                            OutputStream output) throws IOException, InterruptedException {
        Path options = Files.createTempFile("partybuilding-client-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, "[client]\nuser=" + target.user() + "\npassword=" + target.password()
                    + "\nhost=" + target.host() + "\nport=" + target.port() + "\nprotocol=TCP\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(program.toString());
            command.add("--defaults-extra-file=" + options);
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("LD_LIBRARY_PATH", program.getParent().getParent().resolve("libs").toString());
            Process process = builder.start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream toProcess = process.getOutputStream()) {
                if (input != null) {
                    input.transferTo(toProcess);
                }
            }
            try (InputStream fromProcess = process.getInputStream()) {
                if (output != null) {
                    fromProcess.transferTo(output);
                } else {
                    fromProcess.transferTo(OutputStream.nullOutputStream());
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(program.getFileName() + " failed (exit code " + exit + "): " + errors.join().strip());
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private static String readAll(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
