package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImportChangesTest {

    @Test
    void theWorstCaseSnapshotStillFitsTheAuditColumn() {
        ImportChanges changes = new ImportChanges();
        String hostile = "\u0001\"😀".repeat(200); // control characters and quotes are escaped, emoji take 4 bytes
        for (int i = 0; i < 100_000; i++) {
            changes.add(hostile, hostile);
        }

        String json = JsonMapper.builder().build().writeValueAsString(changes.snapshot());

        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThan(65_535);
        assertThat(json).contains("\"changed\":100000", "\"notListed\":99900");
        assertThat(ImportChanges.summary("😀".repeat(1000) + ".xlsx", new ImportResult(1, 2, 3)).length())
                .isLessThanOrEqualTo(500);
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        assertThat(ImportChanges.cut("ab😀😀", 3)).isEqualTo("ab…");
        assertThat(ImportChanges.cut("a😀😀c", 3)).isEqualTo("a😀…");
    }
}
