package vn.binhthuy.partybuilding.export;

import vn.binhthuy.partybuilding.base.chart.ChartTable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a PDF briefing of a dashboard view contains: its title, its scope as the view states it (unit, year, every
 * filter in force; one line each), who exported it and when, the KPI figures as shown, the rule checks, every chart as
 * an image with its data table, and the page's other tables (organizations or cells, reviews, notebook).
 */
public record Briefing(String title, List<String> scope, String exportedBy, LocalDateTime exportedAt,
                       List<Figure> figures, List<Notes> notes, List<Chart> charts, List<Table> tables, Labels labels) {

    public Briefing {
        scope = List.copyOf(scope);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** A KPI as displayed: label, value, detail. */
    public record Figure(String label, String value, String detail) {}

    /** A titled list of short statements, e.g. the rule checks. */
    public record Notes(String title, List<String> lines) {}

    /** No text of the briefing, nor of a chart image as printed, is smaller than this (points). */
    public static final float MIN_TEXT_PT = 7;
    /** The width in CSS px every chart is drawn at for the briefing, whatever the screen it was shown on. */
    public static final int IMAGE_WIDTH_PX = 760;
    /** Image pixels per CSS px of a chart drawn for the briefing. */
    public static final int IMAGE_PIXEL_RATIO = 2;

    /**
     * A chart: its PNG (may be null when the browser could not draw it), its numbers, and the height of the smallest
     * text in the image, in the image's pixels — what the PDF must print at {@link #MIN_TEXT_PT} or larger.
     */
    public record Chart(ChartTable table, byte[] png, float smallestTextPx) {}

    /** A table as the page shows it: already formatted text, the first column naming the row. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) {}

    /** The fixed words of the document in the user's language. */
    /** Fixed words of the document in the reader's language; {@code none} stands in for a table without rows. */
    public record Labels(String exported, String figures, String page, String of, String continued, String none) {}
}
