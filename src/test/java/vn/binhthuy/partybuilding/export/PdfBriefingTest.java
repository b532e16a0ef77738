package vn.binhthuy.partybuilding.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.base.chart.ChartTable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBriefingTest {

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 300, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void vietnameseTextChartsTablesAndPageNumbersOnA4() throws Exception {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new ChartTable.Row(i % 2 == 0 ? "Phường Long Tuyền" : "Phường Bùi Hữu Nghĩa", List.of(i, 100 - i)));
        }
        ChartTable table = new ChartTable("Xếp loại đảng viên theo TCCSĐ", List.of("Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"), rows);
        Briefing briefing = new Briefing("Tổng quan Đảng bộ quận Bình Thủy - năm 2017",
                List.of("Đơn vị: Đảng bộ quận Bình Thủy", "Năm: 2017", "Loại hình TCCSĐ: Đảng bộ phường"),
                "Trương Minh Khoa", LocalDateTime.of(2018, 3, 19, 7, 8),
                List.of(new Briefing.Figure("Đảng viên được đánh giá, xếp loại", "4.389", "đảng viên"),
                        new Briefing.Figure("Hoàn thành tốt nhiệm vụ trở lên", "94,87%", "4.164 đảng viên")),
                List.of(new Briefing.Chart(table, png()), new Briefing.Chart(table, null)),
                new Briefing.Labels("Xuất lúc", "Các chỉ số chính", "Trang", "/"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfBriefingWriter().write(briefing, n -> String.valueOf(n), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Tổng quan Đảng bộ quận Bình Thủy - năm 2017", "Long Tuyền", "Bùi Hữu Nghĩa",
                    "94,87%", "Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2017 · Loại hình TCCSĐ: Đảng bộ phường", "Xuất lúc: 19/03/2018 07:08 - Trương Minh Khoa",
                    "Trang 1 / " + pdf.getNumberOfPages());
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }
}
