package vn.binhthuy.partybuilding.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table in the briefing: columns as wide as their words need, text wrapped inside its cell (never cut), a row never
 * split over two pages, and the header repeated (after the caption and "continued") on every page the table spans.
 * Text is 8 pt, 7 pt where the columns are many; never smaller.
 */
final class PdfTable {

    static final float SIZE = 8;
    static final float SMALL_SIZE = 7;
    private static final float PADDING = 3;
    /** The first column names the row: it gets its whole text up to this width before anything wraps. */
    private static final float LABEL_WIDTH = 170;
    private static final Pattern NUMBER = Pattern.compile("[−+-]?[\\d.,]+%?|–");

    private final PdfPages pages;
    private final Briefing.Table table;
    private final float size;

    PdfTable(PdfPages pages, Briefing.Table table) throws IOException {
        this.pages = pages;
        this.table = table;
        this.size = minimumWidth(pages, table, SIZE) <= pages.width() ? SIZE : SMALL_SIZE;
    }

    /** Whether the columns need more than a portrait page even at the smallest text size. */
    static boolean needsLandscape(PdfPages pages, Briefing.Table table) throws IOException {
        return minimumWidth(pages, table, SMALL_SIZE) > PdfPages.PORTRAIT.getWidth() - 2 * PdfPages.MARGIN;
    }

    /** The height of the header and the first row: what must fit below a caption for the caption to stay with it. */
    float startHeight() throws IOException {
        float[] widths = widths();
        float height = rowHeight(table.headers(), widths);
        if (!table.rows().isEmpty()) {
            height += rowHeight(table.rows().getFirst(), widths);
        }
        return height;
    }

    void draw(String continuedCaption) throws IOException {
        float[] widths = widths();
        header(widths);
        for (List<String> row : table.rows()) {
            float height = rowHeight(row, widths);
            if (pages.ensure(height)) {
                pages.text(continuedCaption, 10);
                pages.gap(2);
                header(widths);
            }
            cells(row, widths, height);
        }
    }

    private void header(float[] widths) throws IOException {
        float height = rowHeight(table.headers(), widths);
        pages.ensure(height);
        cells(table.headers(), widths, height);
        pages.rule(PdfPages.MARGIN, sum(widths));
    }

    private void cells(List<String> row, float[] widths, float height) throws IOException {
        float top = pages.y();
        float x = PdfPages.MARGIN;
        for (int c = 0; c < widths.length; c++) {
            String text = c < row.size() ? row.get(c) : "";
            float baseline = top - PADDING / 2;
            for (String line : pages.wrap(text, size, widths[c] - 2 * PADDING)) {
                baseline -= PdfPages.lineHeight(size);
                float lineX = c > 0 && NUMBER.matcher(text).matches()
                        ? x + widths[c] - PADDING - pages.textWidth(line, size) : x + PADDING;
                pages.show(line, lineX, baseline + PdfPages.descent(size), size);
            }
            x += widths[c];
        }
        pages.down(height);
    }

    private float rowHeight(List<String> row, float[] widths) throws IOException {
        int lines = 1;
        for (int c = 0; c < widths.length && c < row.size(); c++) {
            lines = Math.max(lines, pages.wrap(row.get(c), size, widths[c] - 2 * PADDING).size());
        }
        return lines * PdfPages.lineHeight(size) + PADDING;
    }

    /** Each column at least as wide as its longest word, then shares of the rest in proportion to its text. */
    private float[] widths() throws IOException {
        int columns = table.headers().size();
        float[] minimum = new float[columns];
        float[] preferred = new float[columns];
        for (int c = 0; c < columns; c++) {
            for (List<String> row : allRows(table)) {
                String text = c < row.size() ? row.get(c) : "";
                preferred[c] = Math.max(preferred[c], Math.min(pages.textWidth(text, size), pages.width() * 0.45f));
                minimum[c] = Math.max(minimum[c], minimum(pages, text, size, c));
            }
            minimum[c] += 2 * PADDING + 1;
            preferred[c] = Math.max(preferred[c] + 2 * PADDING, minimum[c]);
        }
        float available = pages.width();
        float minSum = sum(minimum);
        float preferredSum = sum(preferred);
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (preferredSum <= available) {
                widths[c] = preferred[c] * available / preferredSum;
            } else if (minSum < available) {
                widths[c] = minimum[c] + (preferred[c] - minimum[c]) * (available - minSum) / (preferredSum - minSum);
            } else {
                widths[c] = minimum[c] * available / minSum;
            }
        }
        return widths;
    }

    private static float minimumWidth(PdfPages pages, Briefing.Table table, float size) throws IOException {
        float total = 0;
        for (int c = 0; c < table.headers().size(); c++) {
            float widest = 0;
            for (List<String> row : allRows(table)) {
                widest = Math.max(widest, minimum(pages, c < row.size() ? row.get(c) : "", size, c));
            }
            total += widest + 2 * PADDING + 1;
        }
        return total;
    }

    private static List<List<String>> allRows(Briefing.Table table) {
        List<List<String>> rows = new ArrayList<>(table.rows());
        rows.add(table.headers());
        return rows;
    }

    /** The narrowest a cell may be: its longest word, for the naming column its whole text up to LABEL_WIDTH. */
    private static float minimum(PdfPages pages, String text, float size, int column) throws IOException {
        float word = longestWord(pages, text, size);
        return column == 0 ? Math.max(word, Math.min(pages.textWidth(text, size), LABEL_WIDTH)) : word;
    }

    private static float longestWord(PdfPages pages, String text, float size) throws IOException {
        float widest = 0;
        for (String word : text.split("[ \\n]")) {
            widest = Math.max(widest, pages.textWidth(word, size));
        }
        return widest;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
