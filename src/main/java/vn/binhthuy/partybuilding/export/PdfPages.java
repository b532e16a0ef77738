package vn.binhthuy.partybuilding.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes top to bottom on A4 pages, portrait or landscape, starting a new page when the next block does not fit; text
 * is measured in the embedded font, so it is wrapped, never drawn past its box or over what follows.
 */
final class PdfPages {

    static final float MARGIN = 40;
    /** Space kept free at the bottom for the page number. */
    private static final float FOOTER = 24;
    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream stream;
    private PDRectangle size = PORTRAIT;
    private float y;

    PdfPages(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    float width() {
        return width(landscape());
    }

    /** The width text and images may take on a page of the given orientation. */
    static float width(boolean landscape) {
        return (landscape ? LANDSCAPE : PORTRAIT).getWidth() - 2 * MARGIN;
    }

    boolean landscape() {
        return size == LANDSCAPE;
    }

    /**
     * Continues on a fresh page of the given orientation unless the current one is still empty and already so; an
     * empty page of the other orientation is replaced, not left blank.
     */
    void page(boolean landscape) throws IOException {
        boolean empty = stream != null && y == top();
        if (empty && (landscape ? LANDSCAPE : PORTRAIT) == size) {
            return;
        }
        if (empty) {
            close();
            document.removePage(document.getNumberOfPages() - 1);
        }
        newPage(landscape);
    }

    /** Makes room for a block of this height (on a new page of the same orientation if needed); true if it took one. */
    boolean ensure(float height) throws IOException {
        if (stream != null && y - height >= MARGIN + FOOTER) {
            return false;
        }
        newPage(landscape());
        return true;
    }

    private void newPage(boolean landscape) throws IOException {
        close();
        size = landscape ? LANDSCAPE : PORTRAIT;
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = top();
    }

    /** The height a block can have on an empty page of the current orientation. */
    float pageHeight() {
        return pageHeight(landscape());
    }

    /** The height a block can have on an empty page of the given orientation. */
    static float pageHeight(boolean landscape) {
        return (landscape ? LANDSCAPE : PORTRAIT).getHeight() - 2 * MARGIN - FOOTER;
    }

    void gap(float height) {
        y -= height;
    }

    /** Wrapped text across the page width; each line kept whole. */
    void text(String text, float size) throws IOException {
        for (String line : wrap(text, size, width())) {
            ensure(lineHeight(size));
            y -= lineHeight(size);
            show(line, MARGIN, y + descent(size), size);
        }
    }

    /** One line of text with its baseline at the given height. */
    void show(String text, float x, float baseline, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    void image(PDImageXObject image, float width, float height) throws IOException {
        y -= height;
        stream.drawImage(image, MARGIN, y, width, height);
    }

    void rule(float x, float width) throws IOException {
        stream.setLineWidth(0.4f);
        stream.moveTo(x, y);
        stream.lineTo(x + width, y);
        stream.stroke();
    }

    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    static float lineHeight(float size) {
        return size * 1.35f;
    }

    /** The distance from the bottom of a line's box to its baseline. */
    static float descent(float size) {
        return size * 0.3f;
    }

    /** Lines no wider than width, broken at spaces; a single word too long is broken where it must. */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(word);
                while (textWidth(line.toString(), size) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && textWidth(line.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float top() {
        return size.getHeight() - MARGIN;
    }

    void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
