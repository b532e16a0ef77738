package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.util.LinkedHashMap;
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

    static final Map<String, FindingDegree> DEGREES = labels(
            "Nhẹ", FindingDegree.MILD, "Trung bình", FindingDegree.MODERATE, "Nghiêm trọng", FindingDegree.SERIOUS);
    static final Map<String, ShortcomingSource> SOURCES = labels(
            "Tự soi, tự sửa", ShortcomingSource.SELF_REVIEW, "Kiểm điểm", ShortcomingSource.REVIEW_DELEGATION,
            "Kiểm tra", ShortcomingSource.INSPECTION);
    /** The source codes of files filled in before findings and plans shared one set of codes (V7). */
    private static final Map<String, ShortcomingSource> FORMER_SOURCE_CODES = Map.of(
            "SELF_EXAMINATION", ShortcomingSource.SELF_REVIEW, "REVIEW", ShortcomingSource.REVIEW_DELEGATION);

    private FindingImportColumns() {
    }

    /** The value a cell's text stands for: a listed word (any case) or the code itself. */
    static <E extends Enum<E>> Optional<E> code(Map<String, E> allowed, String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return allowed.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key) || e.getValue().name().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst();
    }

    static Optional<FindingDegree> degree(String text) {
        return code(DEGREES, text);
    }

    static Optional<ShortcomingSource> source(String text) {
        return code(SOURCES, text).or(() -> Optional.ofNullable(
                FORMER_SOURCE_CODES.get(text.trim().toUpperCase(Locale.ROOT))));
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> labels(Object... wordThenValue) {
        Map<String, E> labels = new LinkedHashMap<>();
        for (int i = 0; i < wordThenValue.length; i += 2) {
            labels.put((String) wordThenValue[i], (E) wordThenValue[i + 1]);
        }
        return labels;
    }
}
