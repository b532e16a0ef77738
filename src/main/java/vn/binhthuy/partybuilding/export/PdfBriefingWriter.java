package vn.binhthuy.partybuilding.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.base.chart.ChartTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lays a {@link Briefing} out on A4 pages with PDFBox, ready to hand out: a heading stays with what follows it, tables
 * wider than a portrait page get a landscape page, long tables repeat their header. Text uses Liberation Sans, which
 * PDFBox ships and which covers Vietnamese, embedded as a subset, so the PDF reads the same on any computer.
 */
@Component
public class PdfBriefingWriter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float HEADING = 12;
    private static final float BODY = 9;

    public void write(Briefing briefing, Function<Number, String> numberFormat, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream fontFile = getClass().getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontFile);
            PdfPages pages = new PdfPages(document, font);
            pages.page(false);
            pages.text(briefing.title(), 16);
            pages.text(String.join(" · ", briefing.scope()), 10);
            pages.text(briefing.labels().exported() + ": " + WHEN.format(briefing.exportedAt()) + " - "
                    + briefing.exportedBy(), BODY);
            pages.gap(10);
            if (!briefing.figures().isEmpty()) {
                list(pages, briefing.labels().figures(), briefing.figures().stream()
                        .map(f -> f.label() + ": " + f.value() + (f.detail().isBlank() ? "" : " (" + f.detail() + ")"))
                        .toList());
            }
            for (Briefing.Notes notes : briefing.notes()) {
                list(pages, notes.title(), notes.lines());
            }
            for (Briefing.Chart chart : briefing.charts()) {
                Briefing.Table table = asTable(chart.table(), numberFormat);
                block(document, pages, table, chart.png(), chart.smallestTextPx(), briefing.labels());
            }
            for (Briefing.Table table : briefing.tables()) {
                block(document, pages, table, null, 0, briefing.labels());
            }
            pages.close();
            numberPages(document, font, briefing.labels());
            document.save(out);
        }
    }

    private static void list(PdfPages pages, String title, List<String> lines) throws IOException {
        pages.ensure(PdfPages.lineHeight(HEADING) + 2 * PdfPages.lineHeight(BODY));
        pages.text(title, HEADING);
        for (String line : lines) {
            pages.text("• " + line, BODY);
        }
        pages.gap(10);
    }

    /**
     * A caption, the chart image if any, and the table; on a landscape page when the table needs one. The image is as
     * large as the page allows; where that would print its smallest text below {@link Briefing#MIN_TEXT_PT} beside the
     * start of its table (a tall chart, or a short landscape page), the chart takes a portrait page of its own.
     */
    private static void block(PDDocument document, PdfPages pages, Briefing.Table table, byte[] png,
                              float smallestTextPx, Briefing.Labels labels) throws IOException {
        if (table.rows().isEmpty()) {
            // a header over nothing reads like a printing fault: say that the scope has no figures
            list(pages, table.caption(), List.of(labels.none()));
            return;
        }
        boolean landscape = PdfTable.needsLandscape(pages, table);
        if (landscape != pages.landscape()) {
            pages.page(landscape);
        }
        PDImageXObject image = png == null ? null : PDImageXObject.createFromByteArray(document, png, table.caption());
        String continued = table.caption() + " (" + labels.continued() + ")";
        if (image != null && smallestTextPx * scale(pages, table.caption(), image, landscape,
                new PdfTable(pages, table).startHeight()) < Briefing.MIN_TEXT_PT) {
            pages.page(false);
            float scale = scale(pages, table.caption(), image, false, 0);
            pages.text(table.caption(), HEADING);
            pages.gap(4);
            pages.image(image, image.getWidth() * scale, image.getHeight() * scale);
            pages.gap(8);
            PdfTable drawn;
            if (landscape) {
                pages.page(true);
                pages.text(continued, HEADING);
                drawn = new PdfTable(pages, table);
            } else {
                drawn = new PdfTable(pages, table);
                if (pages.ensure(drawn.startHeight())) {
                    pages.text(continued, HEADING);
                }
            }
            drawn.draw(continued);
            pages.gap(14);
            return;
        }
        PdfTable drawn = new PdfTable(pages, table);
        float captionHeight = PdfPages.lineHeight(HEADING) * pages.wrap(table.caption(), HEADING, pages.width()).size();
        float imageWidth = 0;
        float imageHeight = 0;
        if (image != null) {
            float scale = scale(pages, table.caption(), image, landscape, drawn.startHeight());
            imageWidth = image.getWidth() * scale;
            imageHeight = image.getHeight() * scale;
        }
        // the caption stays with its image and the start of its table
        pages.ensure(captionHeight + 4 + imageHeight + 8 + drawn.startHeight());
        pages.text(table.caption(), HEADING);
        pages.gap(4);
        if (image != null) {
            pages.image(image, imageWidth, imageHeight);
            pages.gap(8);
        }
        drawn.draw(continued);
        pages.gap(14);
    }

    /**
     * Points per image pixel of a chart drawn as large as an empty page of the orientation allows, under its caption
     * and above {@code below} points of what must stay with it.
     */
    private static float scale(PdfPages pages, String caption, PDImageXObject image, boolean landscape, float below)
            throws IOException {
        float width = PdfPages.width(landscape);
        float captionHeight = PdfPages.lineHeight(HEADING) * pages.wrap(caption, HEADING, width).size();
        float room = PdfPages.pageHeight(landscape) - captionHeight - 4 - 8 - below;
        return Math.min(width / image.getWidth(), room / image.getHeight());
    }

    private static Briefing.Table asTable(ChartTable table, Function<Number, String> numberFormat) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        headers.addAll(table.columns());
        List<List<String>> rows = new ArrayList<>();
        for (ChartTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            for (int c = 0; c < row.values().size(); c++) {
                cells.add(table.text(c, row.values().get(c), numberFormat));
            }
            rows.add(cells);
        }
        return new Briefing.Table(table.caption(), headers, rows);
    }

    private static void numberPages(PDDocument document, PDFont font, Briefing.Labels labels) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = labels.page() + " " + (i + 1) + " " + labels.of() + " " + total;
                float width = font.getStringWidth(text) / 1000 * 8;
                stream.beginText();
                stream.setFont(font, 8);
                stream.newLineAtOffset(page.getMediaBox().getWidth() - PdfPages.MARGIN - width, PdfPages.MARGIN / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }
}
