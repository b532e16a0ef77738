package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import vn.binhthuy.partybuilding.export.DatasetExporter;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Board's whole-dataset workbook of a year imports back into the same data with the whole committee as the scope:
 * every row of the member-rating, findings, review and notebook sheets is found unchanged (their sheet names, headers
 * and values are the imports' own). Rolled back, though nothing should be written.
 */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class ExportSheetsReimportTest {

    @Autowired DatasetExporter exporter;
    @Autowired TranslationProvider translations;
    @Autowired RatingImportService ratings;
    @Autowired FindingImportService findings;
    @Autowired ReviewImportService reviews;
    @Autowired NotebookImportService notebook;

    private byte[] exported(int year) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the English interface writes the same import sheets: their headers and words are the exchange format
        exporter.write(year, DatasetExporter.importSheets(),
                (key, params) -> translations.getTranslation(key, java.util.Locale.ENGLISH, params),
                "du-lieu_" + year + ".xlsx", out);
        return out.toByteArray();
    }

    private ImportResult reimport(ImportKind kind, byte[] workbook, int year) {
        CheckedImport checked = kind.check(ImportScope.wholeCommittee(year), "du-lieu.xlsx", workbook);
        assertThat(checked.problems()).as(kind.code()).isEmpty();
        assertThat(checked.preview()).as(kind.code()).isNotEmpty();
        return kind.apply(checked);
    }

    @Test
    void everyImportSheetOfTheYearsWorkbookImportsBackUnchanged() throws Exception {
        byte[] workbook = exported(2017);
        for (ImportKind kind : List.<ImportKind>of(ratings, findings, reviews, notebook)) {
            ImportResult result = reimport(kind, workbook, 2017);
            assertThat(result.created()).as(kind.code()).isZero();
            assertThat(result.updated()).as(kind.code()).isZero();
            assertThat(result.unchanged()).as(kind.code()).isPositive();
        }
        assertThat(reimport(ratings, workbook, 2017).unchanged()).isEqualTo(4389);
        assertThat(reimport(reviews, workbook, 2017).unchanged()).isEqualTo(28);
    }

    @Test
    void aLaterYearWithTransfersImportsBackUnchangedToo() throws Exception {
        byte[] workbook = exported(2019);
        for (ImportKind kind : List.<ImportKind>of(ratings, findings, reviews, notebook)) {
            ImportResult result = reimport(kind, workbook, 2019);
            assertThat(result).as(kind.code()).isEqualTo(new ImportResult(0, 0, result.unchanged()));
        }
    }
}
