package vn.binhthuy.partybuilding.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MariaDB version a data folder was last served by, kept beside it, so that a server older than its files (after
 * a switch from the bundled 11.4 to a system 10.11, say) is refused before it touches them.
 */
record ServerVersion(int major, int minor, int patch) implements Comparable<ServerVersion> {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    static ServerVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No version in: " + text);
        }
        return new ServerVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /** What {@code mariadbd --version} says. */
    static ServerVersion of(MariaDbBinaries binaries) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(binaries.server().toString(), "--version").redirectErrorStream(true);
        builder.environment().putAll(binaries.environment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return parse(output.replaceFirst("(?s).*?Ver ", ""));
    }

    static ServerVersion recorded(DataFolder folder) throws IOException {
        Path file = file(folder);
        return Files.exists(file) ? parse(Files.readString(file)) : null;
    }

    void record(DataFolder folder) throws IOException {
        Files.writeString(file(folder), toString() + "\n");
    }

    /** Same major and minor release, or older: a server may not run on files of a newer release. */
    boolean mayServe(ServerVersion files) {
        return files == null || compareTo(new ServerVersion(files.major, files.minor, 0)) >= 0;
    }

    private static Path file(DataFolder folder) {
        return folder.root().resolve("server-version");
    }

    @Override
    public int compareTo(ServerVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
