package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

    @Test
    void aLargeFileReportsTheRowsReadThenTheRowsBeingChecked() {
        StringBuilder csv = new StringBuilder("Mã đảng viên,Mức xếp loại\r\n");
        for (int i = 1; i <= 5_500; i++) {
            csv.append("DV").append(i).append(",HTTNV\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportProgress progress = new ImportProgress();
        List<Integer> seenWhileReading = new java.util.ArrayList<>();

        ImportFileReader.Result result = progress.during(() -> {
            ImportFileReader.Result read = ImportFileReader.read("lon.csv", file);
            seenWhileReading.add(progress.rows());
            assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.READING);
            assertThat(ImportChecks.blocking(read, List.of("Mã đảng viên"))).isEmpty();
            return read;
        });

        assertThat(result.rows()).hasSize(5_500);
        assertThat(seenWhileReading).containsExactly(5_000); // reported every thousand rows
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.CHECKING);
        assertThat(progress.rows()).isEqualTo(5_500);
        // outside a running import, the shared code reports to nobody
        ImportFileReader.read("lon.csv", file);
        assertThat(progress.rows()).isEqualTo(5_500);
    }
}
