package vn.binhthuy.partybuilding.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a member register file, in order; the headers are what the template and the dataset workbook write. */
public final class MemberImportColumns {

    /** The sheet of a template and of the Board's whole-dataset workbook that holds these rows. */
    public static final String SHEET = "Đảng viên";

    public static final String MEMBER_CODE = "Mã đảng viên";
    public static final String FULL_NAME = "Họ và tên";
    public static final String GENDER = "Giới tính";
    public static final String BIRTH_YEAR = "Năm sinh";
    public static final String ADMITTED_ON = "Ngày vào Đảng";
    /** Optional: the day the member was recognized as an official member (ngày công nhận đảng viên chính thức). */
    public static final String OFFICIAL_ON = "Ngày chính thức";
    public static final String CELL_CODE = "Mã chi bộ";
    public static final String JOINED_ON = "Ngày vào chi bộ";
    public static final String LEFT_ON = "Ngày ra khỏi Đảng bộ";
    /** Optional, only with a departure day: why the member left (free text). */
    public static final String DEPARTURE_REASON = "Lý do ra khỏi danh sách";

    public static final List<String> ALL = List.of(MEMBER_CODE, FULL_NAME, GENDER, BIRTH_YEAR, ADMITTED_ON,
            OFFICIAL_ON, CELL_CODE, JOINED_ON, LEFT_ON, DEPARTURE_REASON);

    /** The words a gender cell may hold (lower case) and the register's code for each. */
    static final Map<String, String> GENDERS = Map.of("nam", "M", "m", "M", "nữ", "F", "nu", "F", "f", "F");

    /** The register's gender code of a cell's word, if it is one of {@link #GENDERS}. */
    static Optional<String> gender(String text) {
        return Optional.ofNullable(GENDERS.get(text.trim().toLowerCase(Locale.ROOT)));
    }

    private MemberImportColumns() {
    }
}
