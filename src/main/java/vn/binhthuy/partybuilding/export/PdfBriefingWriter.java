package vn.binhthuy.partybuilding.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.base.chart.ChartTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Lays a {@link Briefing} out on A4 pages with PDFBox. Text uses Liberation Sans, which PDFBox ships and which
 * covers Vietnamese, embedded as a subset, so the PDF reads the same on any computer.
 */
@Component
public class PdfBriefingWriter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public void write(Briefing briefing, Function<Number, String> numberFormat, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream fontFile = getClass().getResourceAsStream(FONT)) {
            PDFont font = PDType0Font.load(document, fontFile);
            Layout layout = new Layout(document, font);
            layout.text(briefing.title(), 16);
            layout.text(String.join(" · ", briefing.scope()), 10);
            layout.text(briefing.labels().exported() + ": " + WHEN.format(briefing.exportedAt()) + " - "
                    + briefing.exportedBy(), 9);
            layout.gap(10);
            if (!briefing.figures().isEmpty()) {
                layout.text(briefing.labels().figures(), 12);
                for (Briefing.Figure figure : briefing.figures()) {
                    layout.text("• " + figure.label() + ": " + figure.value()
                            + (figure.detail().isBlank() ? "" : " (" + figure.detail() + ")"), 9);
                }
                layout.gap(10);
            }
            for (Briefing.Chart chart : briefing.charts()) {
                layout.chart(chart, numberFormat);
            }
            layout.close();
            numberPages(document, font, briefing.labels());
            document.save(out);
        }
    }

    private static void numberPages(PDDocument document, PDFont font, Briefing.Labels labels) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                String text = labels.page() + " " + (i + 1) + " " + labels.of() + " " + total;
                float width = font.getStringWidth(text) / 1000 * 8;
                stream.beginText();
                stream.setFont(font, 8);
                stream.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width, MARGIN / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }

    /** Writes top to bottom, starting a new page when the next block does not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN + 10) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void text(String text, float size) throws IOException {
            for (String line : wrap(text, size, WIDTH)) {
                ensure(size * 1.4f);
                y -= size * 1.4f;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void chart(Briefing.Chart chart, Function<Number, String> numberFormat) throws IOException {
            ChartTable table = chart.table();
            if (chart.png() != null) {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, chart.png(), table.caption());
                float scale = Math.min(WIDTH / image.getWidth(), 320f / image.getHeight());
                float width = image.getWidth() * scale;
                float height = image.getHeight() * scale;
                ensure(height + 30);
                text(table.caption(), 12);
                y -= height;
                stream.drawImage(image, MARGIN, y, width, height);
                y -= 8;
            } else {
                ensure(60);
                text(table.caption(), 12);
            }
            table(table, numberFormat);
            gap(14);
        }

        private void table(ChartTable table, Function<Number, String> numberFormat) throws IOException {
            int columns = table.columns().size();
            float labelWidth = Math.min(200, WIDTH * 0.4f);
            float columnWidth = columns == 0 ? 0 : (WIDTH - labelWidth) / columns;
            float size = columns > 8 ? 6 : 8;
            row("", table.columns(), labelWidth, columnWidth, size);
            for (ChartTable.Row row : table.rows()) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.values().size(); c++) {
                    cells.add(table.text(c, row.values().get(c), numberFormat));
                }
                row(row.label(), cells, labelWidth, columnWidth, size);
            }
        }

        private void row(String label, List<String> cells, float labelWidth, float columnWidth, float size)
                throws IOException {
            ensure(size * 1.5f);
            y -= size * 1.5f;
            cell(fit(label, size, labelWidth - 4), MARGIN, size);
            for (int c = 0; c < cells.size(); c++) {
                String text = fit(cells.get(c), size, columnWidth - 4);
                float right = MARGIN + labelWidth + (c + 1) * columnWidth - 2;
                cell(text, right - font.getStringWidth(text) / 1000 * size, size);
            }
        }

        private void cell(String text, float x, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private String fit(String text, float size, float width) throws IOException {
            String fitted = text;
            while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            return fitted.length() < text.length() && fitted.length() > 1
                    ? fitted.substring(0, fitted.length() - 1) + "…" : fitted;
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new java.util.ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
