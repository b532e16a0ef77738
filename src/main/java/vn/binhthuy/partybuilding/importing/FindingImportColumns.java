package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a findings file (the manifestations found in the year's self-examination, reviews and inspections)
 * and the values its degree and source columns accept: the Vietnamese words, or the codes.
 */
public final class FindingImportColumns {

    public static final String MEMBER_CODE = "Mã đảng viên";
    public static final String CELL_CODE = "Mã chi bộ";
    public static final String YEAR = "Năm";
    public static final String INDICATOR = "Mã biểu hiện";
    public static final String DEGREE = "Mức độ";
    public static final String SOURCE = "Nguồn";
    public static final String FOUND_ON = "Ngày phát hiện";
    public static final String NOTE = "Ghi chú";

    public static final List<String> ALL = List.of(MEMBER_CODE, CELL_CODE, YEAR, INDICATOR, DEGREE, SOURCE, FOUND_ON,
            NOTE);

    static final Map<String, FindingDegree> DEGREES = CodeWords.labels(
            "Nhẹ", FindingDegree.MILD, "Trung bình", FindingDegree.MODERATE, "Nghiêm trọng", FindingDegree.SERIOUS);
    static final Map<String, ShortcomingSource> SOURCES = CodeWords.labels(
            "Tự soi, tự sửa", ShortcomingSource.SELF_REVIEW, "Kiểm điểm", ShortcomingSource.REVIEW_DELEGATION,
            "Kiểm tra", ShortcomingSource.INSPECTION);
    /** The source codes of files filled in before findings and plans shared one set of codes (V7). */
    private static final Map<String, ShortcomingSource> FORMER_SOURCE_CODES = Map.of(
            "SELF_EXAMINATION", ShortcomingSource.SELF_REVIEW, "REVIEW", ShortcomingSource.REVIEW_DELEGATION);

    private FindingImportColumns() {
    }

    /** The SQL that writes a finding's degree (column d) and source (column s) as the words above. */
    public static String degreeSql(String d) {
        return CodeWords.sql(d, DEGREES);
    }

    public static String sourceSql(String s) {
        return CodeWords.sql(s, SOURCES);
    }

    static Optional<FindingDegree> degree(String text) {
        return CodeWords.code(DEGREES, text);
    }

    static Optional<ShortcomingSource> source(String text) {
        return CodeWords.code(SOURCES, text).or(() -> Optional.ofNullable(
                FORMER_SOURCE_CODES.get(text.trim().toUpperCase(Locale.ROOT))));
    }
}
