package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A findings file's degree and source: the words of the template, the codes, and the source codes used before V7. */
class FindingImportColumnsTest {

    @Test
    void aSourceIsReadFromItsWordsItsCodeOrItsFormerCode() {
        assertThat(FindingImportColumns.source("Tự soi, tự sửa")).contains(ShortcomingSource.SELF_REVIEW);
        assertThat(FindingImportColumns.source("  kiểm điểm ")).contains(ShortcomingSource.REVIEW_DELEGATION);
        assertThat(FindingImportColumns.source("Kiểm tra")).contains(ShortcomingSource.INSPECTION);
        assertThat(FindingImportColumns.source("review_delegation")).contains(ShortcomingSource.REVIEW_DELEGATION);
        assertThat(FindingImportColumns.source("SELF_EXAMINATION")).contains(ShortcomingSource.SELF_REVIEW);
        assertThat(FindingImportColumns.source("review")).contains(ShortcomingSource.REVIEW_DELEGATION);
        assertThat(FindingImportColumns.source("Tin đồn")).isEmpty();
    }

    @Test
    void aDegreeIsReadFromItsWordsOrItsCode() {
        assertThat(CodeWords.code(FindingImportColumns.DEGREES, "Trung bình"))
                .contains(FindingDegree.MODERATE);
        assertThat(CodeWords.code(FindingImportColumns.DEGREES, "serious")).contains(FindingDegree.SERIOUS);
        assertThat(CodeWords.code(FindingImportColumns.DEGREES, "HUGE")).isEmpty();
    }

    @Test
    void theTemplateListsTheWordsInTheirOrder() {
        assertThat(FindingImportColumns.SOURCES.keySet()).containsExactly("Tự soi, tự sửa", "Kiểm điểm", "Kiểm tra");
        assertThat(FindingImportColumns.DEGREES.keySet()).containsExactly("Nhẹ", "Trung bình", "Nghiêm trọng");
    }
}
