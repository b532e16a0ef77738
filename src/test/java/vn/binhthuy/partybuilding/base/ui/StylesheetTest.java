package vn.binhthuy.partybuilding.base.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's stylesheet stays well-formed: one unclosed rule (a merge once lost a brace) silently swallows
 * every rule after it, the phone layout and the print stylesheet included, and no browser reports it.
 */
class StylesheetTest {

    @Test
    void everyRuleIsClosed() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\"[^\"]*\"", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("nesting at line %d", line).isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("closing brace without a rule at line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("unclosed rules at the end").isZero();
        assertThat(css).doesNotContain("<<<<<<<", ">>>>>>>");
    }
}
