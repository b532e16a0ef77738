package vn.binhthuy.partybuilding.export;

import vn.binhthuy.partybuilding.base.chart.ChartTable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a PDF briefing of a dashboard view contains: its title, its scope as the view states it (unit, year, every
 * filter in force; one line each), who exported it and when, the KPI figures as shown, and every chart as an image
 * with its data table.
 */
public record Briefing(String title, List<String> scope, String exportedBy, LocalDateTime exportedAt,
                       List<Figure> figures, List<Chart> charts, Labels labels) {

    /** A KPI as displayed: label, value, detail. */
    public record Figure(String label, String value, String detail) {}

    /** A chart: its PNG (may be null when the browser could not draw it) and its numbers. */
    public record Chart(ChartTable table, byte[] png) {}

    /** The fixed words of the document in the user's language. */
    public record Labels(String exported, String figures, String page, String of) {}
}
