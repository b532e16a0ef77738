package vn.binhthuy.partybuilding.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.EChart;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The briefing as a reader holds it: rendered to PNG, measured for overlaps, small print and broken tables. */
class PdfBriefingTest {

    private static final Path PAGES = Path.of("target", "screenshots", "briefing");
    private static final float TEXT_PX = EChart.DEFAULT_TEXT_PX * Briefing.IMAGE_PIXEL_RATIO;

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 300, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Briefing briefing() throws Exception {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new ChartTable.Row("Hàng " + i + (i % 2 == 0 ? " Phường Long Tuyền" : " Phường Bùi Hữu Nghĩa"),
                    List.of(i, 100 - i)));
        }
        ChartTable long_ = new ChartTable("Xếp loại đảng viên theo TCCSĐ",
                List.of("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"), rows);
        List<String> codes = new ArrayList<>();
        for (String group : List.of("A", "B", "C")) {
            for (int i = 1; i <= 9; i++) {
                codes.add(group + i);
            }
        }
        List<ChartTable.Row> heat = new ArrayList<>();
        for (int r = 1; r <= 12; r++) {
            List<Number> values = new ArrayList<>();
            codes.forEach(c -> values.add(123));
            heat.add(new ChartTable.Row("Đảng bộ phường Thới An Đông " + r, values));
        }
        ChartTable wide = new ChartTable("Bản đồ nhiệt: TCCSĐ × 27 biểu hiện", codes, heat);
        Briefing.Table notebook = new Briefing.Table("Sổ cập nhật ưu điểm, hạn chế",
                List.of("Ngày", "Loại", "Tập thể", "Nội dung"),
                List.of(List.of("19/03/2018", "Hạn chế", "Chi bộ khu vực 7, phường Bình Thủy",
                        "Sinh hoạt chi bộ chưa đều đặn; nội dung sinh hoạt chưa phong phú, chưa gắn với nhiệm vụ chính"
                                + " trị của địa phương, cần khắc phục trước kỳ kiểm điểm cuối năm.")));
        return new Briefing("Tổng quan Đảng bộ quận Bình Thủy - năm 2017",
                List.of("Đơn vị: Đảng bộ quận Bình Thủy", "Năm: 2017", "Loại hình TCCSĐ: Đảng bộ phường"),
                "Trương Minh Khoa", LocalDateTime.of(2018, 3, 19, 7, 8),
                List.of(new Briefing.Figure("Đảng viên được đánh giá, xếp loại", "4.389", "đảng viên"),
                        new Briefing.Figure("Hoàn thành tốt nhiệm vụ trở lên", "94,87%", "4.164 đảng viên")),
                List.of(new Briefing.Notes("Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ:", List.of("Phường An Thới: 25,00%"))),
                List.of(new Briefing.Chart(long_, png(), TEXT_PX), new Briefing.Chart(wide, png(), TEXT_PX),
                        new Briefing.Chart(long_, null, TEXT_PX)),
                List.of(notebook, new Briefing.Table("Đoàn kiểm điểm của Ban Thường vụ",
                        List.of("Đối tượng", "Người chủ trì dự"), List.of())),
                new Briefing.Labels("Xuất lúc", "Các chỉ số chính", "Trang", "/", "tiếp theo",
                        "Không có số liệu trong phạm vi này."));
    }

    private static PDDocument written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefingWriter().write(briefing(), String::valueOf, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void vietnameseTextChartsTablesAndPageNumbersOnA4() throws Exception {
        try (PDDocument pdf = written()) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Tổng quan Đảng bộ quận Bình Thủy - năm 2017", "Long Tuyền", "Bùi Hữu Nghĩa",
                    "94,87%", "Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2017 · Loại hình TCCSĐ: Đảng bộ phường",
                    "Xuất lúc: 19/03/2018 07:08 - Trương Minh Khoa", "Phường An Thới: 25,00%",
                    "Hoàn thành xuất sắc nhiệm vụ", "Trang 1 / " + pdf.getNumberOfPages(), "kiểm điểm cuối năm.");
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void aTableWithoutRowsSaysSoInsteadOfPrintingAnEmptyHeader() throws Exception {
        try (PDDocument pdf = written()) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Đoàn kiểm điểm của Ban Thường vụ\n• Không có số liệu trong phạm vi này.")
                    .doesNotContain("Người chủ trì dự");
        }
    }

    @Test
    void everyPageRendersAndNoTextIsSmallerThanSevenPointsOrDrawnOverAnImage() throws Exception {
        Files.createDirectories(PAGES);
        try (PDDocument pdf = written()) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", PAGES.resolve("page-" + (i + 1) + ".png").toFile());
                assertThat(image.getWidth()).isPositive();
                List<Rectangle2D> images = imagesOn(pdf.getPage(i));
                for (TextPosition glyph : glyphsOn(pdf, i)) {
                    assertThat(glyph.getFontSizeInPt()).as("text size on page %d", i + 1).isGreaterThanOrEqualTo(7);
                    float pageHeight = pdf.getPage(i).getMediaBox().getHeight();
                    Point2D centre = new Point2D.Double(glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2,
                            pageHeight - glyph.getYDirAdj() + glyph.getHeightDir() / 2);
                    assertThat(images).as("'%s' on page %d", glyph.getUnicode(), i + 1)
                            .noneMatch(r -> r.contains(centre));
                }
            }
        }
    }

    @Test
    void aTableTooWideForPortraitGetsALandscapePageAndLongTablesRepeatTheirHeader() throws Exception {
        try (PDDocument pdf = written()) {
            boolean landscapeHeatmap = false;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getMediaBox();
                String text = pageText(pdf, i);
                if (text.contains("C9") && text.contains("Thới An Đông")) {
                    landscapeHeatmap |= box.getWidth() > box.getHeight();
                    // a count is never broken over two lines, nor a row's name over more than two
                    assertThat(text).containsPattern("Đảng bộ phường Thới An Đông \\d+ 123 123").doesNotContain("\n12\n3\n");
                }
                // a continued table starts with its caption and header again; every row is whole on one page
                if (text.contains("Xếp loại đảng viên theo TCCSĐ (tiếp theo)")) {
                    assertThat(text).contains("Hoàn thành tốt nhiệm vụ");
                }
                for (String line : text.split("\n")) {
                    if (line.startsWith("Hàng ")) {
                        assertThat(line).matches("Hàng \\d+ Phường .+ \\d+ \\d+");
                    }
                }
            }
            assertThat(landscapeHeatmap).isTrue();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Xếp loại đảng viên theo TCCSĐ (tiếp theo)");
        }
    }

    /**
     * A tall chart whose table needs a landscape page would print its text below 7 pt on that page: the chart gets a
     * portrait page of its own, at least 7 pt, and its table follows on a landscape page under its caption.
     */
    @Test
    void aTallChartOfAWideTableGetsAPortraitPageOfItsOwnToKeepItsTextAtSevenPoints() throws Exception {
        Briefing base = briefing();
        int width = Briefing.IMAGE_WIDTH_PX * Briefing.IMAGE_PIXEL_RATIO;
        BufferedImage tall = new BufferedImage(width, 1100 * Briefing.IMAGE_PIXEL_RATIO, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        ImageIO.write(tall, "png", image);
        ChartTable wide = base.charts().get(1).table();
        Briefing briefing = new Briefing(base.title(), base.scope(), base.exportedBy(), base.exportedAt(), List.of(),
                List.of(), List.of(new Briefing.Chart(wide, image.toByteArray(), TEXT_PX)), List.of(), base.labels());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefingWriter().write(briefing, String::valueOf, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int imagePage = -1;
            for (int i = 0; i < pdf.getNumberOfPages() && imagePage < 0; i++) {
                List<Rectangle2D> images = imagesOn(pdf.getPage(i));
                if (!images.isEmpty()) {
                    imagePage = i;
                    double printed = TEXT_PX * images.getFirst().getWidth() / width;
                    assertThat(printed).isGreaterThanOrEqualTo(Briefing.MIN_TEXT_PT);
                }
            }
            PDRectangle chartPage = pdf.getPage(imagePage).getMediaBox();
            assertThat(chartPage.getHeight()).isGreaterThan(chartPage.getWidth());
            PDRectangle tablePage = pdf.getPage(imagePage + 1).getMediaBox();
            assertThat(tablePage.getWidth()).isGreaterThan(tablePage.getHeight());
            assertThat(pageText(pdf, imagePage + 1)).startsWith("Bản đồ nhiệt: TCCSĐ × 27 biểu hiện (tiếp theo)")
                    .contains("C9");
            // no page is left empty by the change of orientation
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                assertThat(pageText(pdf, i).strip()).as("page %d", i + 1).isNotEmpty();
            }
        }
    }

    private static String pageText(PDDocument pdf, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(pdf);
    }

    private static List<TextPosition> glyphsOn(PDDocument pdf, int index) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(pdf);
        return glyphs;
    }

    /** Where images are drawn on a page, from the transformation in force at each drawImage. */
    private static List<Rectangle2D> imagesOn(PDPage page) throws IOException {
        List<Rectangle2D> found = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                found.add(new Rectangle2D.Float(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                        m.getScalingFactorY()));
            }

            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }
        }.processPage(page);
        return found;
    }
}
