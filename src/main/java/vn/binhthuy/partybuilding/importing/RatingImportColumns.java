package vn.binhthuy.partybuilding.importing;

import java.util.List;

/** The columns of a member-rating file, in order; the headers are what the template writes and the reader expects. */
public final class RatingImportColumns {

    public static final String MEMBER_CODE = "Mã đảng viên";
    public static final String FULL_NAME = "Họ và tên";
    public static final String CELL_CODE = "Mã chi bộ";
    public static final String YEAR = "Năm";
    public static final String LEVEL = "Mức xếp loại";
    public static final String RATED_ON = "Ngày xếp loại";
    public static final String NOTE = "Ghi chú";

    public static final List<String> ALL = List.of(MEMBER_CODE, FULL_NAME, CELL_CODE, YEAR, LEVEL, RATED_ON, NOTE);

    private RatingImportColumns() {
    }
}
