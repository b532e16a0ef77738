package vn.binhthuy.partybuilding.importing;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/** Notebook import for Long Tuyền (and the whole committee), year 2021: no notes in the demo; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class NotebookImportTest {

    static final int YEAR = 2021;

    @Autowired NotebookImportService imports;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    long longTuyen;
    String cell;

    @BeforeEach
    void units() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
        cell = units.cells(longTuyen).getFirst().code();
    }

    private List<List<String>> goodRows() {
        return List.of(
                List.of(cell, "15/03/2021", "Ưu điểm", "Sinh hoạt chi bộ đều đặn, đúng nội dung", "Bí thư chi bộ"),
                List.of(cell, "2021-06-20", "SHORTCOMING", "Chậm nộp báo cáo tự kiểm điểm", ""),
                List.of("p-long-tuyen", "01/09/2021", "hạn chế", "Còn đảng viên chưa tham gia sinh hoạt", ""));
    }

    private long notes2021() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notebook_entry WHERE YEAR(entry_date) = 2021", Long.class);
    }

    private NotebookImport check(Long organizationId, List<List<String>> rows) throws Exception {
        return imports.check(ImportScope.of(organizationId, YEAR), "s.xlsx", xlsx(NotebookImportColumns.ALL, rows));
    }

    @Test
    void aGoodFileAddsItsNotesAndTheSameFileAgainChangesNothing() throws Exception {
        long before = notes2021();

        assertThat(imports.apply(check(longTuyen, goodRows()))).isEqualTo(new ImportResult(3, 0, 0));

        assertThat(notes2021()).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM notebook_entry WHERE entry_date = '2021-03-15'",
                String.class)).isEqualTo("Bí thư chi bộ");
        // no author given: the importer
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM notebook_entry WHERE entry_date = '2021-06-20'",
                String.class)).contains("Ban Tổ chức");
        assertThat(imports.apply(check(longTuyen, goodRows()))).isEqualTo(new ImportResult(0, 0, 3));

        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(1, List.of(cell, "20/06/2021", "Hạn chế", "Chậm nộp báo cáo tự kiểm điểm", "Tổ kiểm tra"));
        assertThat(imports.apply(check(longTuyen, corrected))).isEqualTo(new ImportResult(0, 1, 2));
        assertThat(notes2021()).isEqualTo(before + 3);
    }

    @Test
    void everyBadValueIsReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        long before = notes2021();
        Map<List<String>, Tuple> cases = Map.of(
                List.of("p-tra-noc-kv1", "15/03/2021", "Ưu điểm", "x", ""), tuple("import.error.unknown-unit", NotebookImportColumns.UNIT_CODE),
                List.of(cell, "15/03/2020", "Ưu điểm", "x", ""), tuple("import.error.date-out-of-range", NotebookImportColumns.DATE),
                List.of(cell, "15/02/2022", "Ưu điểm", "x", ""), tuple("import.error.date-out-of-year", NotebookImportColumns.DATE),
                List.of(cell, "29/02/2021", "Ưu điểm", "x", ""), tuple("import.error.not-a-date", NotebookImportColumns.DATE),
                List.of(cell, "", "Ưu điểm", "x", ""), tuple("import.error.required", NotebookImportColumns.DATE),
                List.of(cell, "15/03/2021", "Khen", "x", ""), tuple("import.error.not-allowed", NotebookImportColumns.KIND),
                List.of(cell, "15/03/2021", "Ưu điểm", "", ""), tuple("import.error.required", NotebookImportColumns.CONTENT),
                List.of(cell, "15/03/2021", "Ưu điểm", "x".repeat(2001), ""), tuple("import.error.too-long-text", NotebookImportColumns.CONTENT));
        for (var entry : cases.entrySet()) {
            NotebookImport checked = check(longTuyen, List.of(entry.getKey()));
            assertThat(checked.problems()).as(entry.getValue().toString())
                    .extracting(ImportProblem::messageKey, ImportProblem::column).containsExactly(entry.getValue());
            assertThat(checked.problems().getFirst().row()).isEqualTo(2);
        }
        NotebookImport duplicate = check(longTuyen, List.of(goodRows().getFirst(), goodRows().getFirst()));
        assertThat(duplicate.problems()).extracting(ImportProblem::messageKey, ImportProblem::row)
                .containsExactly(tuple("import.error.duplicate-note", 3));
        assertThatThrownBy(() -> imports.apply(duplicate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(notes2021()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("bantochuc")
    void aNoteDatedAfterTodayIsRefused() throws Exception {
        // the test clock stands at 15/06/2026
        NotebookImport checked = imports.check(ImportScope.of(longTuyen, 2026), "s.xlsx", xlsx(NotebookImportColumns.ALL,
                List.of(List.of(cell, "16/06/2026", "Ưu điểm", "x", ""))));
        assertThat(checked.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.date-in-future");
    }

    @Test
    void aConfirmIsRefusedWhenANoteItWouldChangeWasChangedAfterTheCheck() throws Exception {
        imports.apply(check(longTuyen, goodRows()));
        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(0, List.of(cell, "15/03/2021", "Ưu điểm", "Sinh hoạt chi bộ đều đặn, đúng nội dung", "Người khác"));
        NotebookImport checked = check(longTuyen, corrected);
        jdbc.update("UPDATE notebook_entry SET version = version + 1 WHERE entry_date = '2021-03-15'");

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.stale"));
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM notebook_entry WHERE entry_date = '2021-03-15'",
                String.class)).isEqualTo("Bí thư chi bộ");
    }

    @Test
    void theBoardImportsTheNotesOfSeveralOrganizationsAtOnce() throws Exception {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        List<List<String>> rows = new ArrayList<>(goodRows());
        rows.add(List.of("p-tra-noc", "02/02/2021", "Ưu điểm", "Hoàn thành sớm kế hoạch", ""));

        assertThat(imports.apply(check(null, rows))).isEqualTo(new ImportResult(4, 0, 0));
        assertThat(jdbc.queryForObject("SELECT organization_id FROM notebook_entry WHERE entry_date = '2021-02-02'",
                Long.class)).isEqualTo(traNoc);
        assertThat(imports.apply(check(longTuyen, goodRows()))).isEqualTo(new ImportResult(0, 0, 3));
    }

    @Test
    void theTemplateImportsNothing() throws Exception {
        long before = notes2021();
        NotebookImport untouched = imports.check(ImportScope.of(longTuyen, YEAR), "mau.xlsx",
                imports.template(ImportScope.of(longTuyen, YEAR)));
        assertThat(untouched.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
        assertThat(notes2021()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void aSecretaryImportsNeitherForAnotherOrganizationNorForTheWholeCommittee() throws Exception {
        byte[] file = xlsx(NotebookImportColumns.ALL, goodRows());
        assertThatThrownBy(() -> imports.check(ImportScope.of(longTuyen, YEAR), "s.xlsx", file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.check(ImportScope.wholeCommittee(YEAR), "s.xlsx", file))
                .isInstanceOf(AccessDeniedException.class);
    }
}
