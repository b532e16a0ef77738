package vn.binhthuy.partybuilding.export;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class DatasetExportTest {

    @Autowired JdbcTemplate jdbc;

    @Autowired DatasetExporter exporter;
    @Autowired TranslationProvider translations;

    private DatasetExporter.Words words() {
        return (key, params) -> translations.getTranslation(key, TranslationProvider.VIETNAMESE, params);
    }

    private static List<DatasetExporter.SheetSpec> sheets() {
        return DatasetExporter.sheets();
    }

    /** The workbook of the year as the export writes it, read back. */
    private XSSFWorkbook exported(int year) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(year, sheets(), words(), "du-lieu_quan-binh-thuy_" + year + ".xlsx", out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    @WithUserDetails("bantochuc")
    void theOrganizationBoardGetsAWorkbookWithOneSheetPerFamily() throws Exception {
        try (XSSFWorkbook workbook = exported(2017)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(10);
            assertThat(workbook.getSheetName(0)).isEqualTo("Đơn vị");
            assertThat(workbook.getSheet("Đảng viên").getLastRowNum())
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM party_member", Integer.class));
            assertThat(workbook.getSheet("Xếp loại tổ chức đảng").getLastRowNum()).isEqualTo(36);
            assertThat(workbook.getSheet("Xếp loại đảng viên").getLastRowNum()).isEqualTo(4389);
            assertThat(workbook.getSheet("Xếp loại đảng viên").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            // 9 + 9 collectives and individuals led, 9 + 1 attended (the article)
            assertThat(workbook.getSheet("Phân công kiểm điểm").getLastRowNum()).isEqualTo(28);
            assertThat(workbook.getSheet("Kế hoạch khắc phục").getRow(1).getCell(11).getLocalDateTimeCellValue()).isNotNull();
        }
    }

    @Test
    @WithUserDetails("bantochuc")
    void codesAreWrittenAsWordsUnderAStyledFrozenFilterableHeader() throws Exception {
        try (XSSFWorkbook workbook = exported(2018)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .isTrue();
            }
            Set<String> words = new HashSet<>();
            XSSFSheet findings = workbook.getSheet("Biểu hiện suy thoái");
            XSSFSheet plans = workbook.getSheet("Kế hoạch khắc phục");
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                words.add(findings.getRow(r).getCell(4).getStringCellValue());
                words.add(findings.getRow(r).getCell(5).getStringCellValue());
            }
            for (int r = 1; r <= plans.getLastRowNum(); r++) {
                words.add(plans.getRow(r).getCell(5).getStringCellValue());
                words.add(plans.getRow(r).getCell(12).getStringCellValue());
            }
            assertThat(words).contains("Nhẹ", "Tự soi, tự sửa", "Đang thực hiện", "Tự kiểm điểm")
                    .doesNotContain("MILD", "SELF_EXAMINATION", "IN_PROGRESS", "SELF_REVIEW");
        }
    }

    @Test
    @WithUserDetails("lanhdao")
    void otherRolesCannotExportTheWholeDataset() {
        assertThatThrownBy(() -> exporter.write(2017, sheets(), words(), "x.xlsx", new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
