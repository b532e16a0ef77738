package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.export.FileNames;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page shows: the unit after access narrowing, the year, and every filter in force. Headings, chart subtitles,
 * file names and the headers of CSV, XLSX and PDF are all written from it, so none of them can claim a wider or
 * different scope than the figures have.
 */
record PageScope(String unitName, String unitSlug, int year, List<Filter> filters, String yearSpan) {

    /**
     * One filter in force: its line for labels ("Nhóm biểu hiện: B. Đạo đức, lối sống") and its part of file names
     * (none for a remark on the figures, such as a trend's note on predecessor units).
     */
    record Filter(String line, String slug) {}

    PageScope {
        filters = List.copyOf(filters);
    }

    PageScope(String unitName, String unitSlug, int year, List<Filter> filters) {
        this(unitName, unitSlug, year, filters, null);
    }

    PageScope with(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(filter);
        return new PageScope(unitName, unitSlug, year, more, yearSpan);
    }

    /** The same unit and filters over several years (a trend): "2016–2019" instead of the selected year. */
    PageScope overYears(int first, int last) {
        return new PageScope(unitName, unitSlug, year, filters, first == last ? null : first + "–" + last);
    }

    /** The unit and the filters, as a chart subtitle names them: "Quận Bình Thủy; Loại hình TCCSĐ: Đảng bộ phường". */
    String label() {
        StringBuilder label = new StringBuilder(unitName);
        filters.forEach(f -> label.append("; ").append(f.line()));
        return label.toString();
    }

    /** chart_unit[_filter…]_year without diacritics, e.g. xep-loai_quan-binh-thuy_dang-bo-phuong_nhom-b_2017. */
    String fileName(String what) {
        StringBuilder name = new StringBuilder(FileNames.slug(what)).append('_').append(unitSlug);
        filters.stream().filter(f -> f.slug() != null).forEach(f -> name.append('_').append(f.slug()));
        return name.append('_').append(yearSpan == null ? String.valueOf(year) : yearSpan.replace('–', '-'))
                .toString();
    }

    /** Unit, year and each filter on a line of its own, as written above exported tables and in the PDF header. */
    List<String> lines(Messages t) {
        List<String> lines = new ArrayList<>();
        lines.add(t.get("export.filter.unit", unitName));
        lines.add(yearSpan == null ? t.get("export.filter.year", year) : t.get("export.filter.years", yearSpan));
        filters.forEach(f -> lines.add(f.line()));
        return lines;
    }
}
