package vn.binhthuy.partybuilding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the rating and finding aggregates are written by their Spring Data JDBC repositories only: no SQL in
 * the main code inserts, updates or deletes their rows, except the demo loader's bulk load of an empty database.
 */
class AggregateWritersTest {

    private static final Pattern WRITE = Pattern.compile(
            "(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(member_rating|organization_rating|finding)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DEMO_LOADER = MAIN.resolve("vn/binhthuy/partybuilding/demo/DemoDataLoader.java");

    @Test
    void ratingsAndFindingsAreWrittenOnlyThroughTheirAggregates() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(MAIN)) {
            writers = files.filter(f -> f.toString().endsWith(".java") && !f.equals(DEMO_LOADER))
                    .filter(f -> WRITE.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(writers).isEmpty();
        assertThat(WRITE.matcher(read(DEMO_LOADER)).find()).as("the pattern still finds the demo loader's writes")
                .isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
