package vn.binhthuy.partybuilding.importing;

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

    static final Map<String, String> DEGREES = labels("Nhẹ", "MILD", "Trung bình", "MODERATE", "Nghiêm trọng", "SERIOUS");
    static final Map<String, String> SOURCES = labels("Tự soi, tự sửa", "SELF_EXAMINATION", "Kiểm điểm", "REVIEW",
            "Kiểm tra", "INSPECTION");

    private FindingImportColumns() {
    }

    /** The code a cell's text stands for: a listed word (any case) or the code itself. */
    static Optional<String> code(Map<String, String> allowed, String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return allowed.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key) || e.getValue().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, String> labels(String... wordThenCode) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < wordThenCode.length; i += 2) {
            labels.put(wordThenCode[i], wordThenCode[i + 1]);
        }
        return labels;
    }
}
