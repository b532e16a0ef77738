package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.export.Briefing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Downloads made in a real browser: images drawn offline by ECharts, and the PDF briefing of a view. */
class ExportBrowserTest extends BrowserTest {

    private void openLongTuyen() {
        loginAsLeadership();
        page.navigate(url("/ward/p-long-tuyen?year=2017"));
        page.locator("pb-echart[rendered]").nth(5).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    private Path download(String menuId, String itemText) throws Exception {
        page.locator("#" + menuId).click();
        Locator item = page.locator(".chart-downloads-list > *:visible")
                .filter(new Locator.FilterOptions().setHasText(itemText)).first();
        Download download = page.waitForDownload(() -> item.click());
        Path target = SCREENSHOTS.resolve(download.suggestedFilename());
        Files.createDirectories(SCREENSHOTS);
        download.saveAs(target);
        return target;
    }

    @Test
    void pngAndSvgOfAChartAreRealImageFiles() throws Exception {
        openLongTuyen();

        Path png = download("chart-cell-levels-export", "PNG");
        assertThat(png.getFileName().toString()).isEqualTo("xep-loai-dang-vien-theo-chi-bo_phuong-long-tuyen_2017.png");
        byte[] pngBytes = Files.readAllBytes(png);
        assertThat(pngBytes.length).isGreaterThan(10_000);
        assertThat(pngBytes).startsWith(0x89, 'P', 'N', 'G');

        Path svg = download("chart-cell-levels-export", "SVG");
        String svgText = Files.readString(svg);
        assertThat(svg.getFileName().toString()).endsWith(".svg");
        assertThat(svgText).startsWith("<svg").contains("Khu vực 1").contains("Xếp loại đảng viên theo chi bộ");
    }

    @Test
    void csvDownloadsFromTheChartMenu() throws Exception {
        openLongTuyen();

        Path csv = download("chart-cell-levels-export", "CSV");

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Khu vực 18");
    }

    @Test
    void thePdfBriefingHoldsTheViewsChartsFiguresAndVietnameseNames() throws Exception {
        openLongTuyen();

        Path pdf = downloadBriefing();

        assertThat(pdf.getFileName().toString()).isEqualTo("bao-cao_phuong-long-tuyen_2017.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Đảng bộ phường Long Tuyền - năm 2017", "Đảng viên được đánh giá, xếp loại",
                    "Xếp loại đảng viên theo chi bộ", "Khu vực 1", "Trang 1 /",
                    // the page's other content: the cell table, review delegations and the notebook
                    "Các chi bộ", "Đoàn kiểm điểm", "Sổ cập nhật ưu điểm, hạn chế");
            assertThat(images(document)).isGreaterThanOrEqualTo(6);
            // the browser drew every chart at the briefing's width, whatever the window: the print size is planned
            // on it (BriefingPrintSizeTest)
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isEqualTo(Briefing.IMAGE_WIDTH_PX * Briefing.IMAGE_PIXEL_RATIO);
                    }
                }
            }
        }
    }

    /** A chart showing its table twin is hidden in the browser; the briefing still finishes and still draws it. */
    @Test
    void thePdfBriefingFinishesAfterAChartWasSwitchedToItsTable() throws Exception {
        openLongTuyen();
        page.locator("#chart-cell-levels .chart-card-toggle").click();
        page.locator("#chart-cell-levels .chart-table").waitFor();

        Path pdf = downloadBriefing();

        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Xếp loại đảng viên theo chi bộ", "Khu vực 1");
            assertThat(images(document)).isGreaterThanOrEqualTo(6);
        }
    }

    /** One click on "Xuất báo cáo PDF" is all it takes: the file downloads when it is ready. */
    private Path downloadBriefing() {
        Download download = page.waitForDownload(new com.microsoft.playwright.Page.WaitForDownloadOptions()
                .setTimeout(30_000), () -> page.locator("#export-pdf").click());
        Path pdf = SCREENSHOTS.resolve(download.suggestedFilename());
        download.saveAs(pdf);
        return pdf;
    }

    private static int images(PDDocument document) throws Exception {
        int images = 0;
        for (var page : document.getPages()) {
            for (var ignored : page.getResources().getXObjectNames()) {
                images++;
            }
        }
        return images;
    }
}
