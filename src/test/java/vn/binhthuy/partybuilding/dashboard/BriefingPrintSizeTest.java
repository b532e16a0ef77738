package vn.binhthuy.partybuilding.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.export.Briefing;

import javax.imageio.ImageIO;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Labels ≥ 7 pt" in the PDF briefing, measured: every chart image is drawn by the browser at a known size (the width
 * {@link Briefing#IMAGE_WIDTH_PX} and the chart's height, at {@link Briefing#IMAGE_PIXEL_RATIO}), its smallest text
 * is the chart's own ({@code EChart.smallestTextPx()}), and the PDF places the image at a width read back from the
 * file here: printed size = text px × ratio × placed width (pt) / image width (px).
 */
class BriefingPrintSizeTest extends KaribuTest {

    @Autowired ViewExports exports;
    @Autowired JdbcTemplate jdbc;

    /** Where the PDF drew an image: its width in image pixels and in points on the page. */
    private record Placed(int pixelWidth, float pointWidth, int page) {}

    @Test
    void everyChartOfTheDistrictOverviewPrintsItsSmallestTextAtSevenPointsOrMore() throws Exception {
        assertPrintedSizes("?year=2017");
    }

    @Test
    void everyChartOfAWardPrintsItsSmallestTextAtSevenPointsOrMore() throws Exception {
        assertPrintedSizes("ward/p-long-tuyen?year=2017");
        // and of the organization with the most cells: its per-cell charts are the tallest
        String largest = jdbc.queryForObject("""
                SELECT o.code FROM unit o JOIN unit c ON c.parent_id = o.id AND c.level = 'CELL'
                WHERE o.level = 'GRASSROOTS' AND c.valid_from_year <= 2017
                  AND (c.valid_to_year IS NULL OR c.valid_to_year >= 2017)
                GROUP BY o.id, o.code ORDER BY COUNT(*) DESC, o.code LIMIT 1""", String.class);
        assertPrintedSizes("ward/" + largest + "?year=2017");
    }

    private void assertPrintedSizes(String url) throws Exception {
        open(url);
        BriefingDownload download = new BriefingDownload(_get(DashboardPage.class), exports);
        List<ChartCard> cards = download.charts();
        assertThat(cards).hasSizeGreaterThanOrEqualTo(6);
        List<byte[]> images = new ArrayList<>();
        for (ChartCard card : cards) {
            // the size the browser draws it at for the briefing (pb-echart.js toDataUrl(width, ratio))
            images.add(png(Briefing.IMAGE_WIDTH_PX * Briefing.IMAGE_PIXEL_RATIO,
                    card.getChart().heightPx() * Briefing.IMAGE_PIXEL_RATIO));
        }
        byte[] pdf = download.render(download.briefing(cards, images), download.fileName());

        List<Placed> placed = placedImages(pdf);
        assertThat(placed).as("one image per chart").hasSameSizeAs(cards);
        for (int i = 0; i < cards.size(); i++) {
            ChartCard card = cards.get(i);
            Placed image = placed.get(i);
            assertThat(image.pixelWidth()).isEqualTo(Briefing.IMAGE_WIDTH_PX * Briefing.IMAGE_PIXEL_RATIO);
            double printed = (double) card.getChart().smallestTextPx() * Briefing.IMAGE_PIXEL_RATIO
                    * image.pointWidth() / image.pixelWidth();
            assertThat(printed).as("smallest text of %s (%s) as printed on page %d, in pt", card.getId().orElse(""),
                    card.getTable().caption(), image.page()).isGreaterThanOrEqualTo(Briefing.MIN_TEXT_PT);
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Every image drawn in the PDF, in drawing order, from the transformation in force when it was drawn. */
    private static List<Placed> placedImages(byte[] pdf) throws IOException {
        List<Placed> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                int pageNumber = i + 1;
                PDPage page = document.getPage(i);
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(PDImage image) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        found.add(new Placed(image.getWidth(), m.getScalingFactorX(), pageNumber));
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
            }
        }
        return found;
    }
}
