package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.export.DatasetExporter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/** The member register from a file, on the demo data; each test's writes are rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class MemberImportTest {

    static final ImportScope REGISTER = ImportScope.wholeCommittee(null);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MemberImportService imports;
    @Autowired MemberHistoryImportService histories;
    @Autowired DatasetExporter exporter;
    @Autowired JdbcTemplate jdbc;

    /** A demo member of Long Tuyền still in a cell, and one who left. */
    Map<String, Object> active;
    Map<String, Object> another;
    Map<String, Object> departed;

    @BeforeEach
    void readMembers() {
        String latest = """
                SELECT m.code, m.full_name, m.gender, m.birth_year, m.admitted_on, m.left_on, u.code AS cell,
                       a.valid_from FROM party_member m JOIN member_assignment a ON a.member_id = m.id
                JOIN unit u ON u.id = a.unit_id
                WHERE a.valid_from = (SELECT MAX(l.valid_from) FROM member_assignment l WHERE l.member_id = m.id)
                """;
        active = jdbc.queryForMap(latest + " AND m.left_on IS NULL AND u.code LIKE 'p-long-tuyen-%' ORDER BY m.code LIMIT 1");
        another = jdbc.queryForMap(latest
                + " AND m.left_on IS NULL AND u.code LIKE 'p-long-tuyen-%' ORDER BY m.code LIMIT 1 OFFSET 1");
        departed = jdbc.queryForMap(latest + " AND m.left_on IS NOT NULL ORDER BY m.code LIMIT 1");
    }

    static List<String> member(String code, String name, String gender, String birthYear, String admitted, String cell,
                               String joined, String left) {
        return List.of(code, name, gender, birthYear, admitted, "", cell, joined, left, "");
    }

    /** A row in the columns' order with the optional official day and departure reason set. */
    static List<String> withOfficialAndReason(List<String> row, String official, String reason) {
        List<String> changed = new ArrayList<>(row);
        changed.set(MemberImportColumns.ALL.indexOf(MemberImportColumns.OFFICIAL_ON), official);
        changed.set(MemberImportColumns.ALL.indexOf(MemberImportColumns.DEPARTURE_REASON), reason);
        return changed;
    }

    static List<String> asStored(Map<String, Object> m) {
        return member((String) m.get("code"), (String) m.get("full_name"), "F".equals(m.get("gender")) ? "Nữ" : "Nam",
                String.valueOf(m.get("birth_year")), day(m.get("admitted_on")), (String) m.get("cell"),
                day(m.get("valid_from")), m.get("left_on") == null ? "" : day(m.get("left_on")));
    }

    static String day(Object date) {
        return ((java.sql.Date) date).toLocalDate().format(DAY);
    }

    MemberImport check(List<List<String>> rows) throws Exception {
        return imports.check(REGISTER, "dang-vien.xlsx", xlsx(MemberImportColumns.ALL, rows));
    }

    long members() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM party_member", Long.class);
    }

    @Test
    void newMembersAreCreatedThenUnchangedThenCorrectedMovedAndMarkedGone() throws Exception {
        List<String> first = member("DV900001", "Trần Thị Thử", "Nữ", "1990", "10/01/2020", "p-long-tuyen-kv1", "", "");
        List<String> second = member("dv900002", "Lê Văn Nghiệm", "M", "1985", "2020-03-02", "p-long-tuyen-kv1", "", "");
        long before = members();

        MemberImport checked = check(List.of(first, second));
        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(members()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                SELECT a.valid_from FROM member_assignment a JOIN party_member m ON m.id = a.member_id
                WHERE m.code = 'DV900001'""", LocalDate.class)).isEqualTo(LocalDate.of(2020, 1, 10));
        assertThat(imports.apply(check(List.of(first, second)))).isEqualTo(new ImportResult(0, 0, 2));

        List<String> moved = member("DV900001", "Trần Thị Thử", "Nữ", "1990", "10/01/2020", "p-long-tuyen-kv2",
                "01/03/2025", "");
        List<String> gone = member("DV900002", "Lê Văn Nghiệm", "Nam", "1985", "02/03/2020", "p-long-tuyen-kv1", "",
                "31/05/2026");
        assertThat(imports.apply(check(List.of(moved, gone)))).isEqualTo(new ImportResult(0, 2, 0));

        assertThat(jdbc.queryForList("""
                SELECT CONCAT(u.code, ' ', a.valid_from, ' ', COALESCE(a.valid_to, '')) FROM member_assignment a
                JOIN party_member m ON m.id = a.member_id JOIN unit u ON u.id = a.unit_id
                WHERE m.code = 'DV900001' ORDER BY a.valid_from""", String.class))
                .containsExactly("p-long-tuyen-kv1 2020-01-10 2025-02-28", "p-long-tuyen-kv2 2025-03-01 ");
        assertThat(jdbc.queryForObject("SELECT left_on FROM party_member WHERE code = 'DV900002'", LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(imports.apply(check(List.of(moved, gone)))).isEqualTo(new ImportResult(0, 0, 2));
    }

    @Test
    void everyBadRowIsReportedAtItsRowAndColumnAndNothingIsWritten() throws Exception {
        List<String> sameCellOtherDay = new ArrayList<>(asStored(active));
        sameCellOtherDay.set(7, ((java.sql.Date) active.get("valid_from")).toLocalDate().plusDays(1).format(DAY));
        List<String> movedWithoutDay = new ArrayList<>(asStored(another));
        movedWithoutDay.set(6, "p-long-tuyen-kv1".equals(another.get("cell")) ? "p-long-tuyen-kv2" : "p-long-tuyen-kv1");
        movedWithoutDay.set(7, "");
        List<String> departureUndone = new ArrayList<>(asStored(departed));
        departureUndone.set(8, "");
        List<List<String>> rows = List.of(
                member("", "Không Mã", "Nam", "1980", "01/01/2010", "p-long-tuyen-kv1", "", ""),          // 2
                member("DV900011", "Giới Lạ", "Khác", "1980", "01/01/2010", "p-long-tuyen-kv1", "", ""),   // 3
                member("DV900012", "Còn Nhỏ", "Nam", "2015", "01/01/2010", "p-long-tuyen-kv1", "", ""),    // 4
                member("DV900013", "Vào Sớm", "Nam", "1980", "01/01/1990", "p-long-tuyen-kv1", "", ""),    // 5
                member("DV900014", "Chi Bộ Lạ", "Nam", "1980", "01/01/2010", "khong-co", "", ""),          // 6
                member("DV900015", "Trùng Mã", "Nam", "1980", "01/01/2010", "p-long-tuyen-kv1", "", ""),   // 7
                member("DV900015", "Trùng Mã", "Nam", "1980", "01/01/2010", "p-long-tuyen-kv1", "", ""),   // 8
                member("DV900016", "Ngày Sai", "Nam", "1980", "31/02/2010", "p-long-tuyen-kv1", "", ""),   // 9
                member("DV900017", "Đi Trước Đến", "Nam", "1980", "01/01/2010", "p-long-tuyen-kv1", "", "01/01/2009"), // 10
                member("DV900018", "Vào Tổ Chức", "Nam", "1980", "01/01/2010", "p-long-tuyen", "", ""),    // 11
                sameCellOtherDay,                                                                         // 12
                movedWithoutDay,                                                                          // 13
                departureUndone);                                                                         // 14
        long before = members();

        MemberImport checked = check(rows);

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(tuple(2, MemberImportColumns.MEMBER_CODE, "import.error.required"),
                        tuple(3, MemberImportColumns.GENDER, "import.error.not-allowed"),
                        tuple(4, MemberImportColumns.BIRTH_YEAR, "member.error.birth-year"),
                        tuple(5, MemberImportColumns.ADMITTED_ON, "member.error.admitted"),
                        tuple(6, MemberImportColumns.CELL_CODE, "import.error.not-a-member-home"),
                        tuple(8, MemberImportColumns.MEMBER_CODE, "import.error.duplicate"),
                        tuple(9, MemberImportColumns.ADMITTED_ON, "import.error.not-a-date"),
                        tuple(10, MemberImportColumns.LEFT_ON, "import.error.left-date"),
                        tuple(11, MemberImportColumns.CELL_CODE, "import.error.not-a-member-home"),
                        tuple(12, MemberImportColumns.JOINED_ON, "import.error.joined-differs"),
                        tuple(13, MemberImportColumns.JOINED_ON, "import.error.transfer-date"),
                        tuple(14, MemberImportColumns.LEFT_ON, "import.error.departure-fixed"));
        assertThat(checked.problems()).filteredOn(p -> p.row() == 8).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("DV900015", 7));
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void theOfficialDayAndTheDepartureReasonAreImportedCheckedAndCorrected() throws Exception {
        List<String> row = withOfficialAndReason(member("DV900030", "Đỗ Văn Chính", "Nam", "1990", "10/01/2020",
                "p-long-tuyen-kv1", "", "05/05/2024"), "10/01/2021", "Chuyển sinh hoạt đi nơi khác");
        assertThat(imports.apply(check(List.of(row)))).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(jdbc.queryForMap("SELECT official_on, departure_reason FROM party_member WHERE code = 'DV900030'"))
                .containsEntry("official_on", java.sql.Date.valueOf("2021-01-10"))
                .containsEntry("departure_reason", "Chuyển sinh hoạt đi nơi khác");
        assertThat(imports.apply(check(List.of(row)))).isEqualTo(new ImportResult(0, 0, 1));
        assertThat(imports.apply(check(List.of(withOfficialAndReason(row, "11/01/2021", "Từ trần")))))
                .isEqualTo(new ImportResult(0, 1, 0));
        assertThat(jdbc.queryForMap("SELECT official_on, departure_reason FROM party_member WHERE code = 'DV900030'"))
                .containsEntry("official_on", java.sql.Date.valueOf("2021-01-11"))
                .containsEntry("departure_reason", "Từ trần");

        long before = members();
        MemberImport bad = check(List.of(
                withOfficialAndReason(member("DV900031", "Chính Sớm", "Nam", "1990", "10/01/2020", "p-long-tuyen-kv1",
                        "", ""), "09/01/2020", ""),                                                       // 2
                withOfficialAndReason(member("DV900032", "Còn Sinh Hoạt", "Nam", "1990", "10/01/2020",
                        "p-long-tuyen-kv1", "", ""), "", "Từ trần"),                                      // 3
                withOfficialAndReason(member("DV900033", "Lý Do Dài", "Nam", "1990", "10/01/2020", "p-long-tuyen-kv1",
                        "", "05/05/2024"), "", "x".repeat(201))));                                        // 4
        assertThat(bad.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(2, MemberImportColumns.OFFICIAL_ON, "member.error.official"),
                        tuple(3, MemberImportColumns.DEPARTURE_REASON, "import.error.reason-without-departure"),
                        tuple(4, MemberImportColumns.DEPARTURE_REASON, "import.error.text-too-long"));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aConfirmIsRefusedWhenAMemberItWouldChangeWasChangedAfterTheCheck() throws Exception {
        List<String> renamed = new ArrayList<>(asStored(active));
        renamed.set(1, "Tên Đã Sửa");
        MemberImport checked = check(List.of(renamed));
        assertThat(checked.problems()).isEmpty();
        jdbc.update("UPDATE party_member SET birth_year = birth_year, version = version + 1 WHERE code = ?",
                active.get("code"));

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.stale"));
        assertThat(jdbc.queryForObject("SELECT full_name FROM party_member WHERE code = ?", String.class,
                active.get("code"))).isEqualTo(active.get("full_name"));
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void onlyTheOrganizationBoardImportsTheRegister() {
        assertThatThrownBy(() -> check(List.of(asStored(active)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(REGISTER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theUntouchedTemplateImportsNothing() {
        MemberImport checked = imports.check(REGISTER, "mau-dang-vien.xlsx", imports.template(REGISTER));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.only-examples");
    }

    @Test
    void theMemberSheetOfTheDatasetWorkbookImportsBackUnchanged() throws Exception {
        jdbc.update("UPDATE party_member SET official_on = DATE_ADD(admitted_on, INTERVAL 1 YEAR) WHERE code = ?",
                active.get("code"));
        jdbc.update("UPDATE party_member SET departure_reason = 'Chuyển sinh hoạt đi nơi khác' WHERE code = ?",
                departed.get("code"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(2018, DatasetExporter.registerSheets(), (key, params) -> key, "du-lieu.xlsx", out);

        MemberImport checked = imports.check(REGISTER, "du-lieu.xlsx", out.toByteArray());

        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(0, 0, (int) members()));
    }

    // ------------------------------------------------------------------ the cell history (MEMBER_HISTORY)

    MemberHistoryImport checkHistory(List<List<String>> rows) throws Exception {
        return histories.check(REGISTER, "qua-trinh.xlsx", xlsx(MemberHistoryImportColumns.ALL, rows));
    }

    @Test
    void aMembersHistoryReplacesTheStoredOneAndReimportsUnchanged() throws Exception {
        imports.apply(check(List.of(
                member("DV900001", "Trần Thị Thử", "Nữ", "1990", "10/01/2020", "p-long-tuyen-kv1", "", ""))));
        List<List<String>> history = List.of(
                List.of("DV900001", "p-long-tuyen-kv1", "01/03/2021", ""),
                List.of("DV900001", "p-long-tuyen-kv2", "10/01/2020", "28/02/2021"));

        MemberHistoryImport checked = checkHistory(history);
        assertThat(checked.problems()).isEmpty();
        assertThat(histories.apply(checked)).isEqualTo(new ImportResult(0, 1, 0));

        assertThat(jdbc.queryForList("""
                SELECT CONCAT(u.code, ' ', a.valid_from, ' ', COALESCE(a.valid_to, '')) FROM member_assignment a
                JOIN party_member m ON m.id = a.member_id JOIN unit u ON u.id = a.unit_id
                WHERE m.code = 'DV900001' ORDER BY a.valid_from""", String.class))
                .containsExactly("p-long-tuyen-kv2 2020-01-10 2021-02-28", "p-long-tuyen-kv1 2021-03-01 ");
        assertThat(histories.apply(checkHistory(history))).isEqualTo(new ImportResult(0, 0, 1));
    }

    @Test
    void badHistoryRowsAreReportedAtTheirRowAndColumn() throws Exception {
        String code = (String) active.get("code");
        MemberHistoryImport checked = checkHistory(List.of(
                List.of("DV999999", "p-long-tuyen-kv1", "01/01/2018", ""),                       // 2
                List.of(code, "khong-co", "01/01/2018", ""),                                      // 3
                List.of(code, "p-long-tuyen-kv1", "01/01/2019", "01/01/2018"),                    // 4
                List.of(code, "p-long-tuyen-kv1", day(active.get("admitted_on")), "31/12/2018"),  // 5
                List.of(code, "p-long-tuyen-kv2", "01/06/2018", ""),                              // 6
                List.of((String) departed.get("code"), (String) departed.get("cell"),
                        day(departed.get("admitted_on")), "")));                                  // 7

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(2, MemberHistoryImportColumns.MEMBER_CODE, "import.error.not-in-register"),
                        tuple(3, MemberHistoryImportColumns.CELL_CODE, "import.error.not-a-member-home"),
                        tuple(4, MemberHistoryImportColumns.TO, "import.error.period-order"),
                        tuple(6, MemberHistoryImportColumns.FROM, "import.error.period-overlap"),
                        tuple(7, MemberHistoryImportColumns.TO, "import.error.period-after-departure"));
        assertThatThrownBy(() -> histories.apply(checked)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHistorySheetOfTheDatasetWorkbookImportsBackUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(2018, DatasetExporter.registerSheets(), (key, params) -> key, "du-lieu.xlsx", out);

        MemberHistoryImport checked = histories.check(REGISTER, "du-lieu.xlsx", out.toByteArray());

        assertThat(checked.problems()).isEmpty();
        assertThat(histories.apply(checked)).isEqualTo(new ImportResult(0, 0, (int) members()));
    }
}
