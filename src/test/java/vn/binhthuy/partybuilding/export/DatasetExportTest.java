package vn.binhthuy.partybuilding.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class DatasetExportTest {

    @Autowired DatasetExporter exporter;

    private static List<DatasetExporter.SheetSpec> sheets() {
        List<String> sql = DatasetExporter.sqlOfSheets();
        return List.of(new DatasetExporter.SheetSpec("Xếp loại TCCSĐ", List.of("Mã", "Tên", "Loại", "Mã mức", "Mức", "TB"), sql.get(0)),
                new DatasetExporter.SheetSpec("Xếp loại đảng viên", List.of("Mã", "Họ tên", "Chi bộ", "TCCSĐ", "Mã mức", "Mức"), sql.get(1)),
                new DatasetExporter.SheetSpec("Biểu hiện", List.of("a", "b", "c", "d", "e", "f", "g", "h"), sql.get(2)),
                new DatasetExporter.SheetSpec("Kế hoạch", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"), sql.get(3)));
    }

    @Test
    @WithUserDetails("bantochuc")
    void theOrganizationBoardGetsAWorkbookWithOneSheetPerFamily() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exporter.write(2017, sheets(), "du-lieu_quan-binh-thuy_2017.xlsx", out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheet("Xếp loại TCCSĐ").getLastRowNum()).isEqualTo(36);
            assertThat(workbook.getSheet("Xếp loại đảng viên").getLastRowNum()).isEqualTo(4389);
            assertThat(workbook.getSheet("Xếp loại đảng viên").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ tên");
            assertThat(workbook.getSheet("Kế hoạch").getRow(1).getCell(7).getLocalDateTimeCellValue()).isNotNull();
        }
    }

    @Test
    @WithUserDetails("lanhdao")
    void otherRolesCannotExportTheWholeDataset() {
        assertThatThrownBy(() -> exporter.write(2017, sheets(), "x.xlsx", new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
